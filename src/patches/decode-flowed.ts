/**
 * Undoes `format=flowed` (RFC 3676) with quote depth respected, which the MIME parser does not do:
 * a line ending in a space continues on the next line of the same quote depth; a leading space is
 * stuffing; `-- ` stays a signature line. Quoted lines come back as `>`×depth, a space, the text.
 * `origin[i]` is the index of the input line where output line `i` starts.
 * @example decodeFlowed('> a long \n> line\n', false).text // '> a long line\n'
 */
export function decodeFlowed(text: string, delsp: boolean): { text: string; origin: number[] } {
  const out: string[] = [];
  const origin: number[] = [];
  let pending: { depth: number; content: string } | undefined;
  const flush = () => {
    if (!pending) return;
    const { depth, content } = pending;
    out.push(depth ? '>'.repeat(depth) + (content ? ' ' + content : '') : content);
    pending = undefined;
  };
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    if (i === lines.length - 1 && line === '') break;
    const depth = /^>*/.exec(line)![0].length;
    let content = line.slice(depth);
    if (content.startsWith(' ')) content = content.slice(1);
    if (pending && pending.depth === depth) {
      pending.content = (delsp ? pending.content.slice(0, -1) : pending.content) + content;
    } else {
      flush();
      pending = { depth, content };
      origin.push(i);
    }
    const signature = depth === 0 && content === '-- ';
    if (signature || !content.endsWith(' ')) flush();
  }
  flush();
  return { text: out.join('\n') + (text.endsWith('\n') ? '\n' : ''), origin };
}
