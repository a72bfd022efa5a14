/**
 * The form field to fix for a problem at a report path, so an error from the core's schema (in
 * the browser or from the server) links to the question that causes it. `diaryIds` maps diary
 * positions to entry ids. String paths as the server writes them are accepted too.
 *
 * @example
 * fieldForPath(['reporter', 'email'], []) //=> 'email'
 * fieldForPath('diary[1].whatHappened', ['4', '7']) //=> 'd7-whatHappened'
 * fieldForPath(['started'], []) //=> 'startedKind'
 */
export function fieldForPath(path: readonly PropertyKey[] | string, diaryIds: readonly string[]): string {
  const parts = typeof path === 'string' ? parsePath(path) : path;
  const [root, key, sub] = parts;
  switch (root) {
    case 'started':
      return key === 'date' ? 'startedDate' : key === 'text' ? 'startedText' : 'startedKind';
    case 'reportedPerson':
      return typeof key === 'string' && key !== 'known' ? `person${key[0]!.toUpperCase()}${key.slice(1)}` : 'knowsPerson';
    case 'diary':
      return typeof key === 'number' && diaryIds[key] !== undefined ? `d${diaryIds[key]}-${typeof sub === 'string' ? sub : 'date'}` : 'diary';
    case 'reporter':
      return typeof key === 'string' && key !== 'anonymous' ? key : 'giveDetails';
    default:
      return String(root ?? 'report');
  }
}

/** `'diary[1].date'` as `['diary', 1, 'date']`. */
function parsePath(path: string): (string | number)[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]!));
}
