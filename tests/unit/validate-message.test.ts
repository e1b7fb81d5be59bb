import { parseContentMessage } from '@/utils/validate-message';
import { aMessage } from './fixtures';

const opened = (patch: Record<string, unknown> = {}) => ({
  type: 'message-opened',
  message: aMessage(),
  ...patch,
});

describe('parseContentMessage', () => {
  test('accepts a well-formed email', () => {
    expect(parseContentMessage(opened())).toEqual(opened());
  });

  test.each([
    ['closed', { type: 'message-closed' }],
    ['open-assistant', { type: 'open-assistant' }],
  ])('accepts %s', (_name, message) => {
    expect(parseContentMessage(message)).toEqual(message);
  });

  test.each([
    ['not an object', 'message-opened'],
    ['null', null],
    ['an unknown type', { type: 'delete-everything' }],
    ['no message', opened({ message: undefined })],
    ['an unknown provider', opened({ message: aMessage({ provider: 'hotmail' as never }) })],
    ['an empty key', opened({ message: aMessage({ key: '' }) })],
    ['a subject over the limit', opened({ message: aMessage({ subject: 'x'.repeat(2001) }) })],
    ['a body over the limit', opened({ message: aMessage({ body: 'x'.repeat(100_001) }) })],
    ['a sender that is not an object', opened({ message: { ...aMessage(), from: 'dana' } })],
    [
      'a language hint that is not a tag',
      opened({ message: { ...aMessage(), lang: 'x'.repeat(17) } }),
    ],
  ])('refuses %s', (_name, message) => {
    expect(parseContentMessage(message)).toBeNull();
  });

  test('keeps HTML in a subject as plain data', () => {
    const subject = '<img src=x onerror=alert(1)> Your application';
    const parsed = parseContentMessage(opened({ message: aMessage({ subject }) }));
    expect(parsed?.type === 'message-opened' && parsed.message.subject).toBe(subject);
  });
});

test('drops a verdict a page tries to send along: the background decides', () => {
  const parsed = parseContentMessage(opened({ detection: { band: 'rejection', score: 1 } }));
  expect(parsed).toEqual({ type: 'message-opened', message: aMessage() });
});
