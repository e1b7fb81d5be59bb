// Word lists for reading a company name off the sender.
import { tidy } from './lines';

/** Words in a sender's display name that say who writes, not which company. */
export const RECRUITING_WORDS = [
  'talent acquisition',
  'recruiting team',
  'recruitment team',
  'hiring team',
  'people team',
  'talent team',
  'careers team',
  'candidate portal',
  'espace candidat',
  'portal de empleo',
  'werken bij',
  'werkenbij',
  'karriereportal',
  'recruiting',
  'recruitment',
  'recruiter',
  'careers',
  'career',
  'talent',
  'hiring',
  'jobs',
  'hr',
  'rh',
  'rrhh',
  'p&o',
  'personalabteilung',
  'personal',
  'karriere',
  'bewerbermanagement',
  'recrutement',
  'selección',
  'seleccion',
  'recursos humanos',
  'talento',
  'empleo',
  'graduate recruitment',
  'graduates',
  'notifications',
  'no-reply',
  'noreply',
  'team',
  'people',
  'department',
];

/** Domain labels that name an applicant-tracking system or a mail provider, not the company. */
export const ATS_AND_MAIL_HOSTS = new Set([
  'greenhouse',
  'greenhousemail',
  'lever',
  'levermail',
  'hire',
  'myworkday',
  'myworkdaymail',
  'workday',
  'ashbyhq',
  'ashbyhqmail',
  'smartrecruiters',
  'smartrmail',
  'personio',
  'personiomail',
  'teamtailor',
  'teamtailormail',
  'workable',
  'workablemail',
  'icims',
  'icimsmail',
  'recruitee',
  'softgarden',
  'join',
  'jobvite',
  'bamboohr',
  'talentlinkats',
  'atsmail',
  'careersportal',
  'hiretrack',
  'gmail',
  'googlemail',
  'outlook',
  'hotmail',
  'live',
  'yahoo',
  'icloud',
  'me',
  'gmx',
  'web',
  'posteo',
  'mailbox',
  'proton',
  'protonmail',
  'laposte',
  'orange',
  'free',
  'wanadoo',
  'ziggo',
  'kpn',
  'telenet',
  'aol',
  'mail',
  'email',
  'jobs',
  'careers',
  'career',
  'karriere',
  'talent',
  'talents',
  'recruiting',
  'notifications',
  'noreply',
  'info',
  'empleo',
  'carrieres',
  'gov',
  'co',
  'ac',
  'org',
  'com',
  'net',
  'example',
]);

/** Job-title words: a signature line holding one names a person's role, not the firm. */
export const TITLE_WORDS =
  /\b(manager|director|recruiter|coordinator|partner|specialist|lead|head|officer|assistant|consultant|advisor|adviser|associate|president|founder|ceo|cto|cfo|vp|talent|acquisition|resources|recruiting|recruitment|people|hr|team)\b/i;

// A salutation line names the reader, never the company.
export const GREETING =
  /^(hi|hello|hey|dear|good (morning|afternoon|evening)|hallo|hi|liebe|lieber|guten (tag|morgen|abend)|sehr geehrte[rs]?|servus|moin|bonjour|bonsoir|salut|cher|chère|madame|monsieur|hola|estimad[oa]s?|querid[oa]s?|buenos días|buenas tardes|beste|geachte|hoi|dag)\b/i;

// "Ihr Recruiting-Team der Talvik GmbH", "The hiring team at Orbit": the firm is what follows.
const TEAM_PREFIX =
  /^(?:(?:ihr|ihre|dein|deine|euer|eure|your|the|l'|votre|ton|el|tu|su|het|uw|je)\s+)?(?:[\p{L}-]*\s)?(?:[\p{L}-]*team|équipe|equipo|personalabteilung|hiring team|recruiting)\s+(?:der|des|von|vom|of|at|from|de|del|de la|du|van|bij)\s+(.+)$/iu;

/** "Head of Design, Brightwater Labs": a title before a comma is not part of the name. */
export function withoutTitle(seg: string): string {
  const team = TEAM_PREFIX.exec(seg);
  if (team) return tidy(team[1]);
  const comma = seg.lastIndexOf(', ');
  if (comma > 0 && TITLE_WORDS.test(seg.slice(0, comma))) return tidy(seg.slice(comma + 2));
  return seg;
}
