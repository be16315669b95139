/**
 * A small well-formedness check for the XML parts of an Office file: tags nest and close, one
 * root, quoted attributes, comments, CDATA and processing instructions end. exceljs only says
 * "2:896: unexpected close tag." when a part is broken; this finds WHICH part, so the message can
 * name the sheet. Linear in the text, no recursion: safe on any size the zip guard lets through.
 */
export function xmlIsWellFormed(xml: string): boolean {
  const stack: string[] = [];
  let rootSeen = false;
  let i = 0;
  const skipTo = (end: string, from: number) => {
    const at = xml.indexOf(end, from);
    return at < 0 ? -1 : at + end.length;
  };
  for (;;) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) break;
    // Text outside the root (after it closed, or before it opened) must be blank.
    if (stack.length === 0 && xml.slice(i, lt).trim()) return false;
    if (xml.startsWith('<?', lt)) i = skipTo('?>', lt + 2);
    else if (xml.startsWith('<!--', lt)) i = skipTo('-->', lt + 4);
    else if (xml.startsWith('<![CDATA[', lt)) i = stack.length ? skipTo(']]>', lt + 9) : -1;
    else if (xml.startsWith('<!', lt)) i = stack.length || rootSeen ? -1 : skipTo('>', lt + 2);
    else if (xml.startsWith('</', lt)) {
      const end = xml.indexOf('>', lt);
      if (end < 0 || stack.pop() !== xml.slice(lt + 2, end).trim()) return false;
      i = end + 1;
    } else {
      const end = tagEnd(xml, lt + 1);
      if (end < 0) return false;
      const name = /^[^\s/>]+/.exec(xml.slice(lt + 1, end))?.[0];
      if (!name || (stack.length === 0 && rootSeen)) return false;
      rootSeen = true;
      if (xml[end - 1] !== '/') stack.push(name);
      i = end + 1;
    }
    if (i < 0) return false;
  }
  return rootSeen && stack.length === 0 && !xml.slice(i).trim();
}

/** Index of the ">" closing a start tag, skipping quoted attribute values; -1 when there is none. */
function tagEnd(xml: string, from: number): number {
  let quote: string | null = null;
  for (let j = from; j < xml.length; j++) {
    const c = xml[j];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return j;
    else if (c === '<') return -1;
  }
  return -1;
}
