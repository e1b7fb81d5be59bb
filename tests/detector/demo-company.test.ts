// Company names read from Rebound's demo inbox (tests/demo/mail/emails.js), the mail people
// see first: a greeting is never the company, and a German team sign-off gives the firm alone.
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { detect } from '../../utils/detector';

interface DemoEmail {
  id: string;
  from: { name: string; email: string };
  subject: string;
  body: string;
  lang?: string;
}

function demoEmails(): DemoEmail[] {
  const sandbox: { window: { REBOUND_DEMO_EMAILS?: DemoEmail[] } } = { window: {} };
  runInNewContext(readFileSync('tests/demo/mail/emails.js', 'utf8'), sandbox);
  return sandbox.window.REBOUND_DEMO_EMAILS ?? [];
}

/** The demo bodies are small trusted HTML; webmail hands the detector their text. */
function textOf(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li)>/gi, '\n\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const emails = demoEmails();

test.each([
  ['rejection-final-round', 'Brightwater Labs'],
  ['rejection-de', 'Talvik Systems GmbH'],
])('%s: company is %s', (id, company) => {
  const email = emails.find((e) => e.id === id);
  expect(email, `${id} is in the demo inbox`).toBeDefined();
  const d = detect({
    subject: email!.subject,
    body: textOf(email!.body),
    from: email!.from,
    lang: email!.lang,
  });
  expect(d.band).toBe('rejection');
  expect(d.company).toBe(company);
});

// The same facts restated as plain mail, so they hold without the demo file's markup.
test.each([
  {
    from: { name: 'Ada Moreno', email: 'ada.moreno@fernhollow.example' },
    body: 'Hi Sam,\n\nI am sorry to tell you that we have offered the role to another candidate.\n\nWarm regards,\n\nAda Moreno\nHead of Design, Fernhollow Studio\nfernhollow.example',
    company: 'Fernhollow Studio',
  },
  {
    from: { name: 'Orlenau Werke GmbH Recruiting', email: 'karriere@orlenau-werke.example' },
    body: 'Guten Tag Frau Berg,\n\nleider müssen wir Ihnen mitteilen, dass wir Sie nicht berücksichtigen können.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team der Orlenau Werke GmbH',
    company: 'Orlenau Werke GmbH',
  },
])('company from $from.name is $company', ({ from, body, company }) => {
  const d = detect({ subject: 'Your application', body, from });
  expect(d.company).toBe(company);
});
