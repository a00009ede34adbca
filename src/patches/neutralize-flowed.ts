const isBlank = (line: string) => line.replace(/\r$/, '') === '';
const isFieldStart = (line: string) => /^[!-9;-~]+:/.test(line);

/**
 * Renames `format=flowed` to `format=fixed` in the Content-Type fields of a raw message (its header
 * and its MIME parts' headers), so that the MIME parser leaves the lines alone and decodeFlowed can
 * undo the flowing with quote depth respected. Says whether a part was flowed and with `delsp=yes`.
 */
export function neutralizeFlowed(raw: string): { raw: string; flowed?: { delsp: boolean } } {
  const lines = raw.split('\n');
  let flowed: { delsp: boolean } | undefined;
  let inHeader = true;
  for (let i = 0; i < lines.length; i++) {
    if (isBlank(lines[i])) {
      inHeader = false;
      continue;
    }
    if (!inHeader) {
      // A MIME boundary line followed by a header field opens a part header.
      inHeader = /^--\S+\s*$/.test(lines[i]) && isFieldStart(lines[i + 1] ?? '');
      continue;
    }
    if (!/^content-type:/i.test(lines[i])) continue;
    let end = i + 1;
    while (end < lines.length && /^[ \t]/.test(lines[end])) end++;
    const field = lines.slice(i, end).join('\n');
    if (/format\s*=\s*"?flowed/i.test(field)) {
      for (let k = i; k < end; k++) lines[k] = lines[k].replace(/(format\s*=\s*"?)flowed/i, '$1fixed');
      flowed = { delsp: (flowed?.delsp ?? false) || /delsp\s*=\s*"?yes/i.test(field) };
    }
    i = end - 1;
  }
  return flowed ? { raw: lines.join('\n'), flowed } : { raw };
}
