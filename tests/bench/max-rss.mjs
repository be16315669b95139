// Preloaded into a benchmarked CLI process (node --import; plain JS, so it also runs without tsx): prints the process's peak resident
// memory on stderr as it exits, so the benchmark measures the real command, unchanged.
process.on('exit', () => {
  process.stderr.write(`\nkaoping-max-rss-kb ${process.resourceUsage().maxRSS}\n`);
});
