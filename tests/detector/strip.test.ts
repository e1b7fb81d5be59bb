// Quoted history, footers and signatures never decide the verdict.
import { detect, type EmailView } from '../../utils/detector';

const from = { name: 'Sam Rivera', email: 'sam@mail.example' };
const mail = (subject: string, body: string): EmailView => ({ subject, from, body });

const REJECTION_EN = 'Unfortunately we have decided to move forward with other candidates.';

test.each([
  [
    'English reply header',
    `Thanks, I will keep going!\n\nOn Mon, 3 Mar 2025 at 10:00, Jane <j@x.example> wrote:\n> ${REJECTION_EN}`,
  ],
  [
    'header wrapped over two lines',
    `Thanks for letting me know.\n\nOn Mon, 3 Mar 2025 at 10:00 Jane Doe <j@x.example>\nwrote:\n\n${REJECTION_EN}`,
  ],
  [
    'German reply header',
    'Danke für die Info!\n\nAm 03.03.2025 um 10:00 schrieb Jana <j@x.example>:\nLeider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden haben.',
  ],
  [
    'French reply header',
    "Merci !\n\nLe lun. 3 mars 2025 à 10:00, Jeanne <j@x.example> a écrit :\nNous avons le regret de vous informer que votre candidature n'a pas été retenue.",
  ],
  [
    'Spanish reply header',
    '¡Gracias!\n\nEl lun, 3 mar 2025 a las 10:00, Juana (<j@x.example>) escribió:\nLamentamos comunicarle que su candidatura no ha sido seleccionada.',
  ],
  [
    'Dutch reply header',
    'Dank je!\n\nOp ma 3 mrt 2025 om 10:00 schreef Jan <j@x.example>:\nHelaas moeten wij u mededelen dat wij hebben gekozen voor een andere kandidaat.',
  ],
  [
    'Outlook original message',
    `See below.\n\n-----Original Message-----\nFrom: Jane\nSent: Monday\n\n${REJECTION_EN}`,
  ],
  [
    'Outlook header block',
    `See below.\n\n________________________________\nFrom: Jane Doe <j@x.example>\nSent: Monday, March 3, 2025 10:00\nTo: Sam\nSubject: Your application\n\n${REJECTION_EN}`,
  ],
  [
    'forwarded message',
    `FYI\n\n---------- Forwarded message ---------\nFrom: Jane <j@x.example>\n\n${REJECTION_EN}`,
  ],
  ['lines quoted with >', `Noted, thanks.\n> ${REJECTION_EN}\n> We wish you the best.`],
])('%s does not decide', (_name, body) => {
  expect(detect(mail('Re: Analyst', body)).band).not.toBe('rejection');
});

test.each([
  [
    'signature after a sign-off',
    'Hi Sam,\n\nCould you send your availability for a call next week?\n\nBest regards,\nJane\nUnfortunately not available on Fridays',
  ],
  [
    'footer disclaimer',
    'Hi Sam,\n\nPlease find the agenda attached for Thursday.\n\nThis email is confidential. If you are not the intended recipient we regret to inform you that you must delete it; we have decided not to proceed with any liability.',
  ],
  [
    '"Sent from" marker',
    'See you Thursday at 10!\n\nSent from my iPhone\nunfortunately we will not be moving forward',
  ],
])('%s does not decide', (_name, body) => {
  expect(detect(mail('Interview Thursday', body)).band).not.toBe('rejection');
});

test('a notice at the top does not hide the message below it', () => {
  const body = `This is an automated message, please do not reply.\nDear Sam,\n${REJECTION_EN}\nAcme Talent`;
  expect(detect(mail('Your application', body)).band).toBe('rejection');
});

test('"Thanks!" above the message is a greeting, not a sign-off', () => {
  const body =
    'Dear Sam,\nThanks!\nWe regret to inform you that your application was unsuccessful.\nRegards';
  expect(detect(mail('Your application', body)).band).toBe('rejection');
});

test('the rejection above a quoted thread still counts', () => {
  const body = `Hi Sam,\n\n${REJECTION_EN}\n\nBest,\nJane\n\nOn Mon, 3 Mar 2025, Sam <sam@mail.example> wrote:\n> Any news?`;
  const d = detect(mail('Re: Analyst', body));
  expect(d.band).toBe('rejection');
  expect(d.contactName).toBe('Jane');
});
