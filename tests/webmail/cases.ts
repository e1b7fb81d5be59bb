/** What each fixture must read as, field by field. */
import type { ProviderId } from '@/utils/webmail/types';

/** A displayed (local) time, as the page shows it to the person. */
const local = (y: number, m: number, d: number, h: number, min: number) =>
  new Date(y, m - 1, d, h, min).toISOString();

export interface MessageCase {
  file: string;
  provider: ProviderId;
  subject: string;
  name: string;
  email: string;
  date: string | undefined;
  /** The date once the first layer is stripped, when it differs (ids gone, displayed date left). */
  strippedDate?: string | undefined;
  /** The provider's own id, where it has one; otherwise the key is a hash. */
  key?: string;
  lang: string;
  bodyStart: string;
  bodyEnd: string;
  bodyHas: string[];
  /** Quoted history, signatures, hidden text and interface words that must not leak in. */
  bodyLacks: string[];
}

export const MESSAGE_CASES: MessageCase[] = [
  {
    file: 'gmail/thread-single.html',
    provider: 'gmail',
    subject: 'Your application for Product Designer at Lumenfield',
    name: 'Priya Natarajan',
    email: 'priya.natarajan@lumenfield.example',
    date: '2025-09-15T09:42:17.000Z',
    strippedDate: local(2025, 9, 15, 9, 42),
    key: 'gmail:msg-f:1843322512474350021',
    lang: 'en',
    bodyStart: 'Hi Jamie,',
    bodyEnd: 'All the best with your search,\nPriya',
    bodyHas: ['we have decided not to move forward with your application'],
    bodyLacks: ['Talent Partner', '555 0142', 'Preview line', 'Reply', 'Forward', '--'],
  },
  {
    file: 'gmail/thread-several.html',
    provider: 'gmail',
    subject: 'Data Analyst interview - next steps',
    name: 'Marcus Oyelaran',
    email: 'marcus.oyelaran@harborline.example',
    date: '2025-09-18T14:30:05.000Z',
    strippedDate: local(2025, 9, 18, 14, 30),
    key: 'gmail:msg-f:1843612410184056995',
    lang: 'en',
    bodyStart: 'Hi Jamie,',
    bodyEnd: 'Kind regards,\nMarcus',
    bodyHas: ['we have offered the position to another candidate', "share the panel's feedback"],
    bodyLacks: ['wrote:', 'the panel will meet on Friday', 'sample dashboard'],
  },
  {
    file: 'gmail/thread-de.html',
    provider: 'gmail',
    subject: 'Ihre Bewerbung als Projektkoordinatorin',
    name: 'Katrin Vogel',
    email: 'k.vogel@nordlicht-logistik.example',
    date: '2025-10-02T07:15:40.000Z',
    // "Do., 2. Okt. 2025, 09:15" is not read; without the id there is no date.
    strippedDate: undefined,
    key: 'gmail:msg-f:1844853436580357650',
    lang: 'de',
    bodyStart: 'Sehr geehrte Frau Rivera,',
    bodyEnd: 'Mit freundlichen Grüßen\nKatrin Vogel',
    bodyHas: ['dass wir uns für eine andere Kandidatin entschieden haben'],
    bodyLacks: ['Personalabteilung', 'Hafenstraße', 'Antworten', 'Weiterleiten'],
  },
  {
    file: 'outlook/conversation-single.html',
    provider: 'outlook',
    subject: 'Update on your application – Customer Success Manager',
    name: 'Northwind Talent Team',
    email: 'careers@northwind-traders.example',
    date: local(2025, 9, 16, 14, 20),
    lang: 'en',
    bodyStart: 'Dear Jamie,',
    bodyEnd: 'Sincerely,\n\nThe Northwind Talent Team',
    bodyHas: ['we have decided to pursue other candidates'],
    bodyLacks: ['400 Harbour Way', 'not monitored', 'Reply all'],
  },
  {
    file: 'outlook/conversation-several.html',
    provider: 'outlook',
    subject: 'Interview follow-up',
    name: 'Elena Park',
    email: 'elena.park@contoso-health.example',
    date: local(2025, 9, 22, 11, 48),
    lang: 'en',
    bodyStart: 'Hi Jamie,',
    bodyEnd: 'Best,\nElena',
    bodyHas: ["we won't be offering you the role this time"],
    bodyLacks: ['From:', 'Sent:', 'Implementation Lead', 'We will be in touch'],
  },
  {
    file: 'outlook/conversation-fr.html',
    provider: 'outlook',
    subject: 'Votre candidature au poste de chargée de communication',
    name: 'Atelier Boréal – Recrutement',
    email: 'recrutement@atelier-boreal.example',
    date: local(2025, 9, 23, 10, 5),
    lang: 'fr',
    bodyStart: 'Bonjour Jamie,',
    bodyEnd: 'Bien cordialement,\nHélène Marchand\nResponsable du recrutement',
    bodyHas: ['nous avons retenu une autre candidature'],
    bodyLacks: ['Répondre', 'Transférer'],
  },
  {
    file: 'yahoo/thread-single.html',
    provider: 'yahoo',
    subject: 'Brightline Labs: your application status',
    name: 'Brightline Labs Recruiting',
    email: 'talent@brightline-labs.example',
    date: local(2025, 9, 17, 11, 3),
    lang: 'en-US',
    bodyStart: 'Hello Jamie,',
    bodyEnd: 'Warmly,\nThe Brightline Labs team',
    bodyHas: ['we will not be moving forward with yours for this role'],
    bodyLacks: ['Reply', 'Archive'],
  },
  {
    file: 'yahoo/thread-several.html',
    provider: 'yahoo',
    subject: 'Take-home exercise for the Frontend Engineer role',
    name: 'Tomás Ferreira',
    email: 'tomas.ferreira@quillstack.example',
    date: local(2025, 9, 23, 16, 45),
    lang: 'en-US',
    bodyStart: 'Hi Jamie,',
    bodyEnd: 'I hope our paths cross again.\nTomás',
    bodyHas: ['We have decided to move ahead with other candidates'],
    bodyLacks: ['wrote:', 'please find my solution'],
  },
  {
    file: 'yahoo/thread-de.html',
    provider: 'yahoo',
    subject: 'Ihre Bewerbung als Junior-Entwickler:in',
    name: 'Felix Brandt',
    email: 'f.brandt@sonnenfeld-software.example',
    date: local(2025, 9, 22, 14, 12),
    lang: 'de-DE',
    bodyStart: 'Hallo Jamie,',
    bodyEnd: 'Viele Grüße\nFelix',
    bodyHas: ['dass wir uns für eine:n andere:n Bewerber:in entschieden haben'],
    bodyLacks: ['Antworten', 'Weiterleiten', 'Archivieren'],
  },
  {
    file: 'proton/conversation-single.html',
    provider: 'proton',
    subject: 'Your application to Halcyon Robotics',
    name: 'Halcyon Robotics Careers',
    email: 'careers@halcyon-robotics.example',
    date: '2025-09-25T13:20:00.000Z',
    key: 'proton:k3Y8Q2mW5vLdXe0nRt7aPz4uBq1sHc9fGj6oNw2yVx8KeMb3TlUi5rAdZpS0hQ7cFg==',
    lang: 'en-US',
    bodyStart: 'Dear Jamie,',
    bodyEnd: 'Kind regards,\nHalcyon Robotics Talent Acquisition',
    bodyHas: ['we will not be progressing your application to the interview stage'],
    bodyLacks: ['Sent with', 'secure email'],
  },
  {
    file: 'proton/conversation-several.html',
    provider: 'proton',
    subject: 'Final interview - Backend Engineer',
    name: 'Nadia Rahman',
    email: 'nadia.rahman@tidewater-systems.example',
    date: '2025-09-29T15:05:00.000Z',
    key: 'proton:Lm9Nb8Vc7Xz6As5Df4Gh3Jk2Lq1Wp0Oe9Ir8Ut7Yy6Tr5Ee4Ww3Qq2Aa1Ss0Dd==',
    lang: 'en-US',
    bodyStart: 'Hi Jamie,',
    bodyEnd: 'Best wishes,\nNadia',
    bodyHas: ['offer the Backend Engineer position to another candidate'],
    bodyLacks: ['wrote:', 'Thursday at 2 pm works well', 'invite you to a final interview'],
  },
  {
    file: 'proton/conversation-fr.html',
    provider: 'proton',
    subject: 'Votre candidature – Développeuse backend',
    name: 'Claire Dumont',
    email: 'claire.dumont@ondine-studio.example',
    date: '2025-10-06T07:40:00.000Z',
    key: 'proton:Rb4Tc6Yd8Ue0If2Og4Ph6Qi8Rj0Sk2Tl4Um6Vn8Wo0Xp2Yq4Zr6As8Bt0Cu2Dv==',
    lang: 'fr-FR',
    bodyStart: 'Bonjour Jamie,',
    bodyEnd: 'Bien à vous,\nClaire Dumont\nOndine Studio',
    bodyHas: ['nous ne donnerons pas suite à votre candidature'],
    bodyLacks: ['Répondre', 'Transférer'],
  },
  {
    file: 'fastmail/thread-single.html',
    provider: 'fastmail',
    subject: 'Regarding your application: UX Researcher',
    name: 'Orchard & Pine Hiring',
    email: 'hiring@orchardpine.example',
    date: local(2025, 9, 25, 16, 48),
    lang: 'en',
    bodyStart: 'Hi Jamie,',
    bodyEnd: 'With best wishes,\nThe Orchard & Pine hiring team',
    bodyHas: ["we won't be taking your application further"],
    bodyLacks: ['Reply', 'Print', 'More'],
  },
  {
    file: 'fastmail/thread-several.html',
    provider: 'fastmail',
    subject: 'Portfolio review',
    name: 'Sam Whitlock',
    email: 'sam.whitlock@kiteworks-design.example',
    date: local(2025, 9, 26, 13, 5),
    lang: 'en',
    bodyStart: 'Hi Jamie,',
    bodyEnd: 'Cheers,\nSam',
    bodyHas: ["We've decided not to go ahead with your application"],
    bodyLacks: ['wrote:', 'attached the slides', 'walk us through two projects'],
  },
  {
    file: 'fastmail/thread-de.html',
    provider: 'fastmail',
    subject: 'Ihre Bewerbung als Data Engineer bei Kessler & Roth',
    name: 'Team Talent | Kessler & Roth',
    email: 'talent@kessler-roth.example',
    date: local(2025, 9, 30, 8, 20),
    lang: 'de',
    bodyStart: 'Guten Tag Jamie Rivera,',
    bodyEnd: 'Freundliche Grüße\nIhr Team Talent',
    bodyHas: ['können Ihnen heute aber leider keine Zusage geben'],
    bodyLacks: ['Antworten', 'Drucken'],
  },
];

/** Pages with no message open: every adapter must return null. */
export const EMPTY_CASES: { file: string; provider: ProviderId }[] = [
  { file: 'gmail/inbox-empty.html', provider: 'gmail' },
  { file: 'outlook/inbox-empty.html', provider: 'outlook' },
  { file: 'yahoo/inbox-empty.html', provider: 'yahoo' },
  { file: 'proton/inbox-empty.html', provider: 'proton' },
  { file: 'fastmail/mailbox-empty.html', provider: 'fastmail' },
];
