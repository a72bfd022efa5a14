import { describe, expect, it } from 'vitest';
import { parseHostPattern } from './host-pattern.ts';

describe('parseHostPattern', () => {
  it('gives the pattern to register and the origin to ask permission for', () => {
    expect(parseHostPattern(' https://hms.example.org/asb/* ')).toEqual({
      matches: 'https://hms.example.org/asb/*',
      origin: 'https://hms.example.org/*',
    });
    expect(parseHostPattern('https://*.example.org/*').origin).toBe('https://*.example.org/*');
  });

  it('drops a port, since host permissions match every port', () => {
    expect(parseHostPattern('http://localhost:8080/hms/*')).toEqual({ matches: 'http://localhost/hms/*', origin: 'http://localhost/*' });
  });

  it('refuses patterns that are not one http(s) host, naming the field', () => {
    expect(() => parseHostPattern('', 'hosts[0].pattern')).toThrow('hosts[0].pattern: is required');
    expect(() => parseHostPattern('hms.example.org')).toThrow('pattern: must look like https://hms.example.org/*');
    expect(() => parseHostPattern('ftp://hms.example.org/*')).toThrow('pattern: must look like');
    expect(() => parseHostPattern('https://*/*')).toThrow('pattern: must name one host, not every site');
    expect(() => parseHostPattern('https://intranet/*')).toThrow('pattern: "intranet" is not a full host name');
  });
});
