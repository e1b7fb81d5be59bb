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
