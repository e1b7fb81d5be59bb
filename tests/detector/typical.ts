/**
 * Typical webmail messages for the bench: each development-corpus email grown to a realistic
 * 1–5 KB with what real mail carries around the message itself: a signature block, a legal
 * footer, and often the quoted conversation below a reply header. Seeded, so every run reads
 * the same texts.
 */
import type { EmailView } from '../../utils/detector';
import { readCorpus, toEmail } from './corpus-lib';

export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SIGNATURE = [
  '',
  'Kind regards,',
  'Morgan Ellis',
  'Talent Acquisition Partner | People Team',
  'Northfield Systems Ltd',
  '14 Harbour Street, Leeds LS1 4AB',
  'T: +44 113 496 0000 | www.northfield.example',
].join('\n');

const FOOTER = [
  '',
  'This email and any files transmitted with it are confidential and intended solely for the use',
  'of the individual or entity to whom they are addressed. If you have received this email in',
  'error please notify the sender and delete it. Any views or opinions presented are solely those',
  'of the author. Northfield Systems Ltd is registered in England and Wales, company no. 01234567.',
  'Registered office: 14 Harbour Street, Leeds LS1 4AB. Privacy notice: www.northfield.example/privacy',
].join('\n');

const QUOTED = [
  'Hi Morgan,',
  '',
  'Thank you again for taking the time to speak with me last week. I really enjoyed learning',
  'more about the team and the projects you are planning for the coming year, especially the',
  'work on the new customer platform and the plans to grow the analytics group.',
  '',
  'I wanted to check in on the timeline for next steps and whether there is anything else I',
  'can send over in the meantime, such as references or examples of previous work.',
  '',
  'Best wishes,',
  'Sam',
].join('\n');

function quote(text: string): string {
  return text
    .split('\n')
    .map((l) => `> ${l}`)
    .join('\n');
}

/** The development corpus, each message grown to between 1 and 5 KB. */
export function typicalEmails(files: readonly string[], seed = 7): EmailView[] {
  const rand = prng(seed);
  const out: EmailView[] = [];
  for (const file of files) {
    for (const item of readCorpus(file).items) {
      const email = toEmail(item);
      const target = 1024 + Math.floor(rand() * 4096);
      let body = email.body + SIGNATURE;
      if (rand() < 0.7) body += FOOTER;
      let depth = 0;
      while (body.length < target && depth < 8) {
        const header = `\n\nOn Mon, ${3 + depth} Mar 2025 at 09:${10 + depth}, Sam Rivera <sam.rivera@mail.example> wrote:\n`;
        body += header + quote(depth % 2 ? email.body : QUOTED);
        depth++;
      }
      // As the background receives it: through extension messaging, which hands the detector
      // strings of its own rather than slices of a longer one.
      out.push(JSON.parse(JSON.stringify({ ...email, body: body.slice(0, target) })) as EmailView);
    }
  }
  return out;
}
