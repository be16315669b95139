// `kaoping help | head -1`: the reader takes what it wants and closes the pipe, and the next
// write fails with EPIPE. Nobody is left to read the rest, which is not the command's failure:
// node's default (an unhandled 'error' event, a stack trace, exit 1) is wrong here.

/**
 * Keeps `stream` quiet when its reader has gone: an EPIPE stops further writes (the command
 * still finishes its work and exits with its own status), any other error stays an error.
 * Returns a write function that drops the text once the pipe is closed.
 */
export function writerTolerantOfClosedPipe(stream: NodeJS.WritableStream): (text: string) => void {
  let open = true;
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    open = false;
  });
  return (text) => {
    if (open) stream.write(text);
  };
}
