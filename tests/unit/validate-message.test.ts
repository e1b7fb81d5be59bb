import { parseContentMessage } from '@/utils/validate-message';
import { aDetection, aMessage } from './fixtures';

const opened = (patch: Record<string, unknown> = {}) => ({
  type: 'message-opened',
  message: aMessage(),
  detection: aDetection(),
  ...patch,
});

describe('parseContentMessage', () => {
  test('accepts a well-formed detection', () => {
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
    ['an unknown band', opened({ detection: aDetection({ band: 'certain' as never }) })],
    ['a score above 1', opened({ detection: aDetection({ score: 1.5 }) })],
    ['a score that is not a number', opened({ detection: { ...aDetection(), score: '0.9' } })],
    [
      'too many quotes',
      opened({ detection: aDetection({ evidence: Array(41).fill(aDetection().evidence[0]) }) }),
    ],
    [
      'a quote with a fractional offset',
      opened({
        detection: aDetection({ evidence: [{ ...aDetection().evidence[0], start: 1.5 }] }),
      }),
    ],
    ['an unknown stage', opened({ detection: aDetection({ stage: 'offer' as never }) })],
    [
      'a company that is not text',
      opened({ detection: { ...aDetection(), company: { name: 'x' } } }),
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
