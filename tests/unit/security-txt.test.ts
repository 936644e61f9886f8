import { describe, expect, it } from 'vitest';
import { expiresAfterOneYear, securityContactUri, securityTxt } from '../../src/lib/security-txt';

// RFC 9116: the fields a reader of /.well-known/security.txt relies on, from site.yaml's `security`.
const fields = (text: string) => text.trimEnd().split('\n').map((line) => line.split(/: (.*)/s).slice(0, 2) as [string, string]);

describe('security.txt', () => {
  const now = new Date('2026-11-23T10:15:30.123Z');

  it('has a Contact, an Expires a year on, the preferred languages and its own address, in that order', () => {
    const text = securityTxt({ contact: 'veilig@zonnedal.example', site: 'https://schoolkosten.zonnedal.example', now });
    expect(fields(text)).toEqual([
      ['Contact', 'mailto:veilig@zonnedal.example'],
      ['Expires', '2027-11-23T10:15:30Z'],
      ['Preferred-Languages', 'nl, en'],
      ['Canonical', 'https://schoolkosten.zonnedal.example/.well-known/security.txt'],
    ]);
    expect(text.endsWith('\n')).toBe(true);
  });

  it('names the disclosure policy when there is one', () => {
    const text = securityTxt({ contact: 'https://zonnedal.example/melden', policy: 'https://zonnedal.example/beleid', site: new URL('https://zonnedal.example/'), now });
    expect(fields(text)).toContainEqual(['Policy', 'https://zonnedal.example/beleid']);
    expect(fields(text)[0]).toEqual(['Contact', 'https://zonnedal.example/melden']);
  });

  it('puts Canonical at the root of the origin, where RFC 9116 looks for the file', () => {
    const text = securityTxt({ contact: 'a@b.example', site: 'https://gemeente.example/schoolkosten/', now });
    expect(fields(text)).toContainEqual(['Canonical', 'https://gemeente.example/.well-known/security.txt']);
  });

  it.each([
    ['veilig@zonnedal.example', 'mailto:veilig@zonnedal.example'],
    ['mailto:veilig@zonnedal.example', 'mailto:veilig@zonnedal.example'],
    ['https://zonnedal.example/kwetsbaarheid', 'https://zonnedal.example/kwetsbaarheid'],
  ])('writes the contact %s as the URI %s', (written, uri) => {
    expect(securityContactUri(written)).toBe(uri);
  });

  it('expires on the same day a year later, and on 1 March after a 29 February', () => {
    expect(expiresAfterOneYear(new Date('2026-01-31T00:00:00Z'))).toBe('2027-01-31T00:00:00Z');
    expect(expiresAfterOneYear(new Date('2028-02-29T12:00:00Z'))).toBe('2029-03-01T12:00:00Z');
  });
});
