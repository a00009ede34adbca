/**
 * The input line of each line of a decoded body, so that diagnostics point into the file the user
 * gave. 7bit/8bit bodies map one to one; quoted-printable lines start where the previous raw line
 * did not end in a soft break (`=`); other bodies (base64, multipart) are matched line by line where
 * their text appears verbatim, and otherwise point at the last line found.
 */
export function bodyLineMap(rawLines: readonly string[], decodedLines: readonly string[], encoding: string, multipart: boolean, firstLine: number): number[] {
  const last = firstLine + Math.max(0, rawLines.length - 1);
  if (!multipart && (encoding === '' || encoding === '7bit' || encoding === '8bit' || encoding === 'binary')) {
    return decodedLines.map((_, i) => Math.min(firstLine + i, last));
  }
  if (!multipart && encoding === 'quoted-printable') {
    const starts = [0];
    for (let k = 0; k < rawLines.length - 1; k++) {
      if (!/=[ \t]*\r?$/.test(rawLines[k])) starts.push(k + 1);
    }
    return decodedLines.map((_, i) => firstLine + (starts[i] ?? rawLines.length - 1));
  }
  const map: number[] = [];
  let k = 0;
  for (const line of decodedLines) {
    const limit = Math.min(rawLines.length, k + 500);
    let found = k;
    while (found < limit && rawLines[found].replace(/\r$/, '') !== line) found++;
    if (found < limit) k = found;
    map.push(firstLine + Math.min(k, rawLines.length - 1));
    if (found < limit) k++;
  }
  return map;
}
