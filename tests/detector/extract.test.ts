// What is read besides the verdict: company, role, contact, stage and the three flags.
import { detect, type EmailView } from '../../utils/detector';

const mail = (subject: string, fromName: string, fromEmail: string, body: string): EmailView => ({
  subject,
  from: { name: fromName, email: fromEmail },
  body,
});

test.each([
  [
    'ATS display name and subdomain',
    mail(
      'Your application',
      'Brightwell Analytics Recruiting',
      'no-reply@brightwell.greenhouse-mail.example',
      'Hi Sam,\n\nThank you for your interest in the Senior Data Engineer position at Brightwell Analytics. Unfortunately we will not be moving forward with your application.\n\nBrightwell Analytics',
    ),
    { company: 'Brightwell Analytics', role: 'Senior Data Engineer', stage: 'application' },
  ],
  [
    'the word for a job after the title is not part of it; no stage named means after applying',
    mail(
      'Update on your application',
      'Fernhill Talent',
      'talent@fernhill.example',
      'Hi Sam,\n\nThanks for applying for the Product Designer position (Req. 4471) with Fernhill. We have decided not to move forward with your application.\n\nFernhill Talent',
    ),
    { role: 'Product Designer', stage: 'application' },
  ],
  [
    'legal form from the signature',
    mail(
      'Ihre Bewerbung als Bauleiter Tiefbau',
      'Personalabteilung Holzapfel Bau',
      'personal@holzapfel-bau.de',
      'Sehr geehrter Herr Kowalski,\n\nvielen Dank für Ihre Bewerbung als Bauleiter Tiefbau. Leider müssen wir Ihnen mitteilen, dass wir Sie nicht berücksichtigen können.\n\nMit freundlichen Grüßen\nPersonalabteilung\nHolzapfel Bau GmbH',
    ),
    { company: 'Holzapfel Bau GmbH', role: 'Bauleiter Tiefbau', contactName: null },
  ],
  [
    'person who signed, after an interview',
    mail(
      'Your interview',
      'Renata Olsson',
      'renata.olsson@larkspurhealth.example',
      'Hi Jamal,\n\nThank you for interviewing with us last week. We have decided not to offer you the UX Researcher role. I would be happy to share feedback if you would like.\n\nWarm regards,\nRenata Olsson\nHead of Research, Larkspur Health',
    ),
    {
      contactName: 'Renata Olsson',
      stage: 'interview',
      offersFeedback: true,
      role: 'UX Researcher',
    },
  ],
  [
    'French role and keep-on-file',
    mail(
      'Votre candidature',
      'RH Boulangeries Morel',
      'recrutement@boulangeries-morel.fr',
      "Bonjour Madame,\n\nNous vous remercions d'avoir postulé au poste de responsable de magasin. Malheureusement, votre candidature n'a pas été retenue. Nous conservons votre CV dans notre vivier.\n\nL'équipe RH",
    ),
    { company: 'Boulangeries Morel', role: 'responsable de magasin', keepsOnFile: true },
  ],
  [
    'Spanish invitation to apply again',
    mail(
      'Tu candidatura',
      'Lunaria Studio',
      'noreply@jobs.smartrecruiters.com',
      'Hola Paula,\n\nMuchas gracias por postularte al puesto de Diseñador/a de Producto. En esta ocasión, no vamos a avanzar con tu perfil. Te animamos a seguir consultando nuestras ofertas.\n\nEl equipo de Lunaria Studio',
    ),
    { company: 'Lunaria Studio', invitesReapply: true },
  ],
  [
    'Dutch final round',
    mail(
      'Uitslag tweede gesprek',
      'Lotte Brouwer',
      'lotte@paklokaal.nl',
      'Hoi Kevin,\n\nNa de laatste ronde hebben we gekozen voor een andere kandidaat.\n\nGroetjes,\nLotte Brouwer\nHR Manager – PakLokaal',
    ),
    { stage: 'final', contactName: 'Lotte Brouwer' },
  ],
  [
    'offer withdrawn is a final-stage rejection',
    mail(
      'Your offer',
      'Danny Osei',
      'danny@kitewing.example',
      'Hey Lina,\n\nI am so sorry: we have to withdraw the offer we made you last week.\n\nDanny',
    ),
    { stage: 'final' },
  ],
  [
    'feedback declined is not offered',
    mail(
      'Your application',
      'Careers',
      'careers@sundial.example',
      'Dear Candidate,\n\nWe have decided to move forward with other candidates. Please note we are unable to provide individual feedback.\n\nSundial Insights',
    ),
    { offersFeedback: false },
  ],
])('%s', (_name, email, want) => {
  const d = detect(email);
  expect(d.band).toBe('rejection');
  expect(d).toMatchObject(want);
});

test('placeholders are never taken for a company', () => {
  const d = detect(
    mail(
      'Your application for {{job_title}}',
      '[Company Name] Recruiting',
      'donotreply@ats.example',
      'Dear Marcus,\n\nThank you for applying to the {{job_title}} role at [Company Name]. Unfortunately, we will not be moving forward with your application.\n\nRegards,\n[Recruiter Name]',
    ),
  );
  expect(d.band).toBe('rejection');
  expect(String(d.company)).not.toMatch(/[[{]/);
  expect(String(d.role)).not.toMatch(/[[{]/);
});

test('facts survive serialisation (they are worked out on first read)', () => {
  const d = detect(
    mail(
      'Your application',
      'Acme Careers',
      'careers@acme.example',
      'Hi Sam,\n\nWe regret to inform you that the Analyst position has been filled.\n\nBest,\nJo Park\nAcme',
    ),
  );
  const copy = JSON.parse(JSON.stringify(d));
  expect(copy.company).toBe('Acme');
  expect(copy.contactName).toBe('Jo Park');
  expect(structuredClone(d).company).toBe('Acme');
  expect(Object.keys(d)).toEqual(Object.keys(copy));
});

// How far the person got, read from wording a careful reader agrees means the talk took place;
// an interview that was only mentioned, refused or never held keeps the mail at "application".
const stageRows: [string, string, string][] = [
  [
    'en',
    'Hi Noor,\n\nThank you for attending the interview on 4 March. We have decided not to move forward with your application for the Planner role.\n\nBest,\nRia',
    'interview',
  ],
  [
    'en',
    'Hi Noor,\n\nThanks for taking the time for both rounds with our team. Unfortunately we have decided to go with another candidate.\n\nRia',
    'interview',
  ],
  [
    'en',
    'Dear Noor,\n\nThis concerns the withdrawal of the job offer sent to you last month. The role has been cancelled and we are unable to proceed.\n\nRia',
    'final',
  ],
  [
    'en',
    'Dear Noor,\n\nThank you for applying. Unfortunately we will not be inviting you to the panel interview for this role.\n\nRia',
    'application',
  ],
  [
    'en',
    'Dear Noor,\n\nThank you for your application. Only shortlisted candidates reach the interview stage, and we regret that we will not be moving forward with your application.\n\nRia',
    'application',
  ],
  [
    'de',
    'Hallo Frau Brandt,\n\nvielen Dank für das offene und angenehme Gespräch in der letzten Woche. Leider haben wir uns für eine andere Bewerberin entschieden.\n\nViele Grüße\nTom Kessler',
    'interview',
  ],
  [
    'de',
    'Sehr geehrte Frau Brandt,\n\nSie haben am 3. März an einem strukturierten Auswahlgespräch teilgenommen. Leider müssen wir Ihnen mitteilen, dass die Wahl auf eine Mitbewerberin gefallen ist.\n\nMit freundlichen Grüßen\nTom Kessler',
    'interview',
  ],
  [
    'de',
    'Sehr geehrte Frau Brandt,\n\nvielen Dank für Ihre Bewerbung. Leider können wir Sie nicht zu einem Vorstellungsgespräch einladen.\n\nMit freundlichen Grüßen\nTom Kessler',
    'application',
  ],
  [
    'fr',
    "Madame,\n\nVous avez été reçue en entretien le 12 mars. Nous avons le regret de vous informer que votre candidature n'a pas été retenue.\n\nCordialement,\nLéa Morel",
    'interview',
  ],
  [
    'fr',
    'Bonjour Camille,\n\nMerci pour nos trois échanges de ces dernières semaines. Malheureusement, nous avons retenu une autre candidature.\n\nLéa',
    'interview',
  ],
  [
    'fr',
    "Madame,\n\nNous vous remercions pour votre candidature. Malheureusement, nous ne sommes pas en mesure de vous proposer un entretien et votre candidature n'a pas été retenue.\n\nLéa Morel",
    'application',
  ],
  [
    'es',
    'Hola Lucía,\n\nMuchas gracias por las dos entrevistas y por tu tiempo. Lamentablemente, no vamos a seguir adelante con tu candidatura.\n\nUn saludo,\nPablo',
    'interview',
  ],
  [
    'es',
    'Hola Lucía,\n\nGracias por venir el jueves a la prueba. Al final nos quedamos con otra persona para el puesto, lo siento.\n\nPablo',
    'interview',
  ],
  [
    'es',
    'Hola Lucía,\n\nGracias por tu candidatura. Lamentablemente no vamos a avanzar con tu perfil y no pasarás a la fase de entrevistas.\n\nPablo',
    'application',
  ],
  [
    'nl',
    'Beste Sanne,\n\nBedankt voor het fijne eerste gesprek van maandag. Helaas hebben we gekozen voor een andere kandidaat.\n\nGroet,\nJoost',
    'interview',
  ],
  [
    'nl',
    'Beste Sanne,\n\nLeuk dat je vorige week langskwam. We hebben helaas besloten om met iemand anders verder te gaan.\n\nJoost',
    'interview',
  ],
  [
    'nl',
    'Beste Sanne,\n\nBedankt voor je sollicitatie. Helaas hebben we besloten je niet uit te nodigen voor een gesprek.\n\nJoost',
    'application',
  ],
];

test.each(stageRows)('[%s] stage of: %s', (_lang, body, stage) => {
  const d = detect(mail('Your application', 'Recruiting', 'jobs@harbor.example', body));
  expect(d.band).toBe('rejection');
  expect(d.stage).toBe(stage);
});

describe('role: titles introduced by a phrase or named in the subject', () => {
  const rows: [string, string, string, string | null][] = [
    [
      'de: "dich als X beworben" stops before "bei uns"',
      'Deine Bewerbung bei Wolkenwerk',
      'Hallo Jana,\n\ndanke, dass du dich als Junior Data Analyst (m/w/d) bei uns beworben hast. Leider haben wir uns für eine andere Person entschieden.\n\nViele Grüße\nTom',
      'Junior Data Analyst',
    ],
    [
      'de: "für die Rolle X" ends at the first lowercase word',
      'Rückmeldung',
      'Hallo Herr Berg,\n\nnach reiflicher Überlegung sehen wir für die Rolle Brand Manager Pflege derzeit leider keine gemeinsame Zukunft.\n\nMit freundlichen Grüßen\nPersonalabteilung',
      'Brand Manager Pflege',
    ],
    [
      'de: subject "Bewerbung X"',
      'Re: Bewerbung Dachdeckergeselle',
      'Hallo Herr Roth,\n\nleider müssen wir Ihnen absagen, wir haben die Stelle bereits vergeben.\n\nGruß\nK. Maier',
      'Dachdeckergeselle',
    ],
    [
      'fr: "poste d\'X" with a typographic apostrophe',
      'Votre candidature',
      'Bonjour,\n\nNous vous remercions pour votre candidature au poste d’analyste crédit à Lyon. Malheureusement, nous avons retenu un autre profil.\n\nCordialement,\nÉquipe RH',
      'analyste crédit',
    ],
    [
      'fr: reference number before the title',
      'Mise à jour de votre candidature',
      'Bonjour,\n\nVotre candidature a été mise à jour.\n\nOffre : 2026-0912 – Technicien réseau\nStatut : Clôturée\n\nNous ne donnerons pas suite à votre candidature.\n\nService recrutement',
      'Technicien réseau',
    ],
    [
      'es: "para el rol de X" stops at "en"',
      'Tu proceso con Lumbre',
      'Hola Inés,\n\nGracias por tu tiempo. Lamentablemente no vas a pasar a la siguiente etapa para el rol de Analista de Riesgos en nuestra oficina de Lima.\n\nSaludos,\nMarta',
      'Analista de Riesgos',
    ],
    [
      'nl: "als X" after an offer',
      'Slecht nieuws',
      'Hoi Daan,\n\nVorige week hebben we je een aanbod gedaan als servicemonteur bij ons team, maar helaas moeten we dat intrekken.\n\nGroet,\nEls',
      'servicemonteur',
    ],
    [
      'en: subject label with a requisition code',
      'Your application: R-20931 Warehouse Shift Lead',
      'Hi Sam,\n\nThank you for applying. Unfortunately we will not be moving forward with your application.\n\nRecruiting',
      'Warehouse Shift Lead',
    ],
    [
      'de: "als" that introduces no title gives no role',
      'Ihre Bewerbung',
      'Sehr geehrte Frau Lenz,\n\nleider erfüllen Sie die Anforderungen nicht so gut, als wir gehofft hatten. Wir haben uns daher anders entschieden.\n\nMit freundlichen Grüßen\nPersonal',
      null,
    ],
  ];

  test.each(rows)('%s', (_name, subject, body, role) => {
    const d = detect(mail(subject, 'Recruiting', 'jobs@harbor.example', body));
    expect(d.role).toBe(role);
  });
});
