import { isWebmailUrl, WEBMAIL_MATCHES } from '@/utils/webmail/hosts';

describe('isWebmailUrl', () => {
  test.each([
    ['https://mail.google.com/mail/u/0/#inbox', true],
    ['https://mail.google.com/', true],
    ['http://mail.google.com/mail/u/0/', false],
    ['https://mail.google.com.evil.example/', false],
    ['https://evil.example/?https://mail.google.com/', false],
    ['chrome-extension://abc/popup.html', false],
    ['not a url', false],
    [undefined, false],
  ])('%s → %s', (url, expected) => {
    expect(isWebmailUrl(url)).toBe(expected);
  });

  test('asks for no broad host access', () => {
    for (const pattern of WEBMAIL_MATCHES) {
      expect(pattern).toMatch(/^https:\/\/[a-z0-9.-]+\//);
      expect(pattern).not.toContain('<all_urls>');
    }
  });
});
