/**
 * Inputs that try to make the detector slow: a long reply thread and megabyte-sized hostile
 * bodies (one repeated character, near-miss phrases, mixed scripts with combining marks).
 * Shared by the bench and the robustness tests.
 */
import type { EmailView } from '../../utils/detector';

const MB = 1 << 20;

function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

const SENDER = { name: 'Recruiting Team', email: 'jobs@company.example' };

/** A reply thread of `n` messages, newest on top, each quoting everything below it. */
export function thread(n: number): EmailView {
  let body =
    'Hi Sam,\n\nThanks for your patience. We will not be moving forward with your application.\n\nBest,\nAlex';
  for (let i = n - 1; i >= 1; i--) {
    const said =
      i % 2
        ? `Hi Alex,\n\nJust checking in on my application for the Analyst role (message ${i}).\n\nBest,\nSam`
        : `Hi Sam,\n\nThanks for your note; the team is still reviewing applications (message ${i}).\n\nBest,\nAlex`;
    body +=
      `\n\nOn Mon, ${1 + (i % 28)} Mar 2025 at 10:${String(i % 60).padStart(2, '0')}, ` +
      `${i % 2 ? 'Sam Rivera <sam@mail.example>' : 'Alex Kim <alex@company.example>'} wrote:\n` +
      said
        .split('\n')
        .map((l) => `> ${l}`)
        .join('\n');
  }
  return { subject: 'Re: Analyst application', from: SENDER, body };
}

/** Near misses: phrases that start like rejection wording and never finish it. */
const NEAR_MISSES = [
  'we regret to infor',
  'unfortunately we will not be movin',
  'decided to move forward with other candidat',
  'leider müssen wir Ihnen mitteil',
  'nous avons le regret de vous inf',
  'lamentamos comunicar',
  'helaas moeten wij u mededel',
  'not be progressing your applicatio',
  'position has been fil',
  "n't be moving forwar",
];

/** Latin, Cyrillic, Greek, Arabic, CJK, emoji, with stacks of combining marks. */
const MIXED =
  'Привет мир ́̀̂ Γειά σου κόσμε ̃̄ مرحبا بالعالم 你好世界 こんにちは 🙂🚀 e\u0301\u0302\u0303\u0304 Z\u0308\u0308\u0308 ' +
  'a\u200b\u200c\u200d b\ufeff c\u00ad d ';

export function hostileInputs(): Array<[string, EmailView]> {
  return [
    ['1 MB of one character', { subject: 'a', from: SENDER, body: 'a'.repeat(MB) }],
    ['1 MB of spaces', { subject: ' ', from: SENDER, body: ' '.repeat(MB) }],
    ['1 MB of dashes', { subject: '-', from: SENDER, body: '-'.repeat(MB) }],
    [
      '1 MB of near-miss phrases',
      { subject: NEAR_MISSES[0], from: SENDER, body: repeatTo(`${NEAR_MISSES.join(' ')} `, MB) },
    ],
    [
      '1 MB of mixed scripts and combining marks',
      { subject: MIXED, from: SENDER, body: repeatTo(MIXED, MB) },
    ],
    [
      '1 MB of sign-offs and quote headers',
      {
        subject: 'Re: Re: Re:',
        from: SENDER,
        body: repeatTo('Thanks,\nBest regards\nOn Mon wrote something\n> quoted\n-- \n', MB),
      },
    ],
    ['1 MB subject', { subject: 'x'.repeat(MB), from: SENDER, body: 'short' }],
  ];
}
