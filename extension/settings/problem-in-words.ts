/**
 * One line of a validation error (`path: message`) with the path read out in words, for people
 * who do not read code: array positions count from 1.
 *
 * @example
 * problemInWords('levels[0].firstContact.workingDays: must be 0 or more')
 * //=> { where: 'levels, item 1, firstContact, workingDays', path: 'levels[0].firstContact.workingDays', problem: 'must be 0 or more' }
 * problemInWords('The text is not valid JSON: Unexpected end of JSON input.')
 * //=> { where: '', path: '', problem: 'The text is not valid JSON: Unexpected end of JSON input.' }
 */
export function problemInWords(line: string): { where: string; path: string; problem: string } {
  const match = /^([A-Za-z_$][\w$-]*(?:\.[A-Za-z_$][\w$-]*|\[\d+\]|\["[^"]*"\])*): (.+)$/.exec(line);
  if (!match) return { where: '', path: '', problem: line };
  const path = match[1]!;
  const parts = [...path.matchAll(/([A-Za-z_$][\w$-]*)|\[(\d+)\]|\["([^"]*)"\]/g)].map((m) =>
    m[2] !== undefined ? `item ${Number(m[2]) + 1}` : (m[1] ?? m[3] ?? ''),
  );
  return { where: parts.join(', '), path, problem: match[2]! };
}
