// The language guess: common words of each language, folded as rule phrases are, counted whole.
import { detect } from '../../utils/detector';

const mail = (subject: string, body: string, lang?: string) =>
  detect({ subject, body, from: { name: '', email: '' }, lang });

test.each([
  [
    'en',
    'Your application',
    'Thank you for your interest in the role and for the time you gave us.',
  ],
  [
    'de',
    'Ihre Bewerbung',
    'Vielen Dank für Ihre Bewerbung und das Interesse an unserem Unternehmen.',
  ],
  ['fr', 'Votre candidature', 'Nous vous remercions pour votre candidature et pour votre intérêt.'],
  [
    'es',
    'Tu candidatura',
    'Muchas gracias por tu candidatura y por el interés en nuestra empresa.',
  ],
  [
    'nl',
    'Je sollicitatie',
    'Bedankt voor je sollicitatie en voor je interesse in onze organisatie.',
  ],
])('%s is recognised from its common words', (lang, subject, body) => {
  expect(mail(subject, body).lang).toBe(lang);
});

test('case and accents do not change a word, and only whole words count', () => {
  expect(mail('', 'VIELEN DANK FÜR IHRE BEWERBUNG UND DAS GESPRÄCH.').lang).toBe('de');
  // "und" is a German common word, but here only inside English ones: nothing counts, English stays.
  expect(mail('', 'Sunday understanding, Sunday undertaking').lang).toBe('en');
});

test("the page's language only tips a close call", () => {
  expect(mail('', 'Danke!', 'nl').lang).toBe('nl');
  expect(mail('', 'Vielen Dank für Ihre Bewerbung und das Interesse an uns.', 'fr').lang).toBe(
    'de',
  );
});
