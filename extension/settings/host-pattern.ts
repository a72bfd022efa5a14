/**
 * Where a host system's pages are, as a browser match pattern (`https://hms.example.org/asb/*`),
 * and the origin pattern its host permission needs.
 */
export interface HostPattern {
  /** The pattern content scripts are registered for (a port, if given, is dropped: any port matches). */
  matches: string;
  /** The origin to ask permission for: `https://hms.example.org/*`. */
  origin: string;
}

const PATTERN = /^(https?|\*):\/\/(\*|(?:\*\.)?[a-z0-9.-]+)(?::\d{1,5})?(\/.*)$/i;

/**
 * Checks a host address pattern and returns the pattern to register and the origin to ask
 * permission for. Only http and https; the path part is required. Throws an `Error` naming
 * `field` with a plain-English message.
 *
 * @example
 * parseHostPattern('https://hms.example.org/asb/*')
 * //=> { matches: 'https://hms.example.org/asb/*', origin: 'https://hms.example.org/*' }
 * parseHostPattern('hms.example.org', 'hosts[0].pattern')
 * //=> throws 'hosts[0].pattern: must look like https://hms.example.org/* (http or https, the host, then a path)'
 */
export function parseHostPattern(pattern: string, field = 'pattern'): HostPattern {
  const trimmed = pattern.trim();
  if (trimmed === '') throw new Error(`${field}: is required`);
  const match = PATTERN.exec(trimmed);
  if (!match) throw new Error(`${field}: must look like https://hms.example.org/* (http or https, the host, then a path)`);
  const scheme = match[1]!.toLowerCase();
  const host = match[2]!.toLowerCase();
  if (host === '*') throw new Error(`${field}: must name one host, not every site`);
  const hostname = host.replace(/^\*\./, '');
  if (!hostname.includes('.') && hostname !== 'localhost') {
    throw new Error(`${field}: "${hostname}" is not a full host name (like hms.example.org)`);
  }
  return { matches: `${scheme}://${host}${match[3]!}`, origin: `${scheme}://${host}/*` };
}
