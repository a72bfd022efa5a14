import { describe, expect, it } from 'vitest';
import { model } from '../policies/model.ts';
import { parsePolicy } from './parse-policy.ts';

const withWebsite = (website: string) => ({ ...model, contact: { ...model.contact, website } });

describe('parsePolicy web addresses', () => {
  it.each(['https://www.asbhelp.co.uk', 'https://example.org:8443/asb?x=1#top', 'https://landlord.example/'])('accepts %s', (url) => {
    expect(parsePolicy(withWebsite(url)).contact?.website).toBe(url);
  });

  it.each(['http://www.asbhelp.co.uk', 'javascript:alert(1)', 'https://', 'https://bad host.example', 'www.asbhelp.co.uk', 'https://a.example/ b'])(
    'rejects %s, naming the field',
    (url) => {
      expect(() => parsePolicy(withWebsite(url))).toThrow('contact.website: must be an https:// address');
    },
  );

  it('checks signpost links the same way', () => {
    const signposts = [{ ...model.signposts[0]!, url: 'http://www.asbhelp.co.uk' }, ...model.signposts.slice(1)];
    expect(() => parsePolicy({ ...model, signposts })).toThrow('signposts[0].url: must be an https:// address');
  });
});
