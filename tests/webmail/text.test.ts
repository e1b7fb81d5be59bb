import { asEmail, asName, asSubject, hashKey } from '@/utils/webmail/pick';
import {
  attributeVisibility,
  bodyText,
  cutQuotedTail,
  fieldText,
  largestBlock,
  normaliseText,
} from '@/utils/webmail/text';
import type { SelectorEntry } from '@/utils/webmail/types';

const ENTRY: SelectorEntry = { id: 't', selector: '*', layer: 'heuristic' };
const OPTS = {
  drop: 'blockquote, .quote',
  stop: '[id$="divRplyFwdMsg"]',
  max: 10_000,
  isVisible: attributeVisibility,
};

const html = (markup: string) => {
  const div = document.createElement('div');
  div.innerHTML = markup;
  return div;
};

describe('bodyText', () => {
  test.each([
    ['adjacent blocks share one line break', '<div>One</div><div>Two</div>', 'One\nTwo'],
    [
      'an empty line in a div is one blank line',
      '<div>One</div><div><br></div><div>Two</div>',
      'One\n\nTwo',
    ],
    ['paragraphs are separated by a blank line', '<p>One</p><p>Two</p>', 'One\n\nTwo'],
    ['br breaks a line', 'One<br>Two', 'One\nTwo'],
    ['source newlines are spaces', '<p>Thank you\n   for applying</p>', 'Thank you for applying'],
    ['pre keeps its line breaks', '<pre>a\n  b</pre>', 'a\nb'],
    [
      'table cells are spaced',
      '<table><tr><td>Role</td><td>Designer</td></tr></table>',
      'Role Designer',
    ],
    [
      'dropped subtrees go',
      '<p>Kept</p><blockquote>Quoted</blockquote><div class="quote">Too</div>',
      'Kept',
    ],
    [
      'the stop marker ends the message',
      '<p>New</p><div id="x_divRplyFwdMsg">From: a</div><p>Old</p>',
      'New',
    ],
    [
      'hidden text goes',
      '<p>Shown</p><p hidden>H</p><span aria-hidden="true">A</span><i style="display:none">D</i>',
      'Shown',
    ],
    [
      'script, style and buttons go',
      '<p>Text</p><script>x()</script><style>p{}</style><button>Reply</button>',
      'Text',
    ],
    ['non-breaking and zero-width spaces are normalised', '<p>a&nbsp;&nbsp;b\u200b c</p>', 'a b c'],
  ])('%s', (_, markup, expected) => {
    expect(bodyText(html(markup), OPTS)).toBe(expected);
  });

  test('stops at the cap', () => {
    const root = html(`<p>${'word '.repeat(10_000)}</p>`);
    expect(bodyText(root, { ...OPTS, max: 100 }).length).toBeLessThanOrEqual(100);
  });
});

describe('cutQuotedTail', () => {
  const body = 'Thank you for applying. We went with another candidate.\n\nBest,\nAna';
  test.each([
    ['English attribution', 'On Mon, Sep 15, 2025 at 9:42 AM Jamie <j@x.example> wrote:\n> hi'],
    [
      'wrapped attribution',
      'On Mon, Sep 15, 2025 at 9:42 AM Jamie Rivera <\njamie@x.example> wrote:\n> hi',
    ],
    [
      'German attribution',
      'Am Mo., 15. Sept. 2025 um 09:42 Uhr schrieb Jamie <j@x.example>:\n> hallo',
    ],
    [
      'French attribution',
      'Le lun. 15 sept. 2025 à 09:42, Jamie <j@x.example> a écrit :\n> bonjour',
    ],
    [
      'Spanish attribution',
      'El lun, 15 sept 2025 a las 9:42, Jamie (<j@x.example>) escribió:\n> hola',
    ],
    ['Dutch attribution', 'Op ma 15 sep 2025 om 09:42 schreef Jamie <j@x.example>:\n> hoi'],
    ['Outlook original message', '-----Original Message-----\nFrom: Jamie'],
    ['Outlook separator', '________________________________\nFrom: Jamie'],
    ['signature delimiter', '-- \nAna Ruiz | Recruiter'],
  ])('cuts at the %s', (_, tail) => {
    expect(cutQuotedTail(`${body}\n\n${tail}`)).toBe(body);
  });

  test.each([
    ['no tail', body],
    [
      'a sentence that only mentions writing',
      'On reflection, the panel wrote to you because we liked your work: well done.',
    ],
    ['a tail with nothing before it', 'On Mon, Sep 15, 2025 Jamie <j@x.example> wrote:\nhi'],
  ])('leaves %s alone', (_, text) => {
    expect(cutQuotedTail(text)).toBe(text);
  });
});

test('normaliseText trims lines and keeps at most one blank line', () => {
  expect(normaliseText('  a  \n\n\n\n  b \t c\n')).toBe('a\n\nb c');
});

test('fieldText reads one line of text without script', () => {
  expect(fieldText(html('<b>Your</b>\n  application<script>x()</script>'))).toBe(
    'Your application',
  );
});

test('largestBlock finds the body container and never a block naming a sender', () => {
  const root = html(`
    <div class="head"><span title="ana@x.example">Ana Ruiz, Talent Partner at a large company</span></div>
    <div class="main"><div>Thank you for applying to us.</div><div>We chose someone else.</div><div>Best, Ana</div></div>`);
  expect(largestBlock(root, OPTS, '[title*="@"]')?.className).toBe('main');
  root.querySelector('.main')!.remove();
  expect(largestBlock(root, OPTS, '[title*="@"]')).toBeNull();
});

describe('field checks', () => {
  test.each([
    ['Ana <ana.ruiz@firm.example>', 'ana.ruiz@firm.example'],
    ['ANA@FIRM.EXAMPLE', 'ana@firm.example'],
    ['no address here', null],
    ['ana@localhost', null],
  ])('asEmail(%j) → %j', (raw, expected) => {
    expect(asEmail(raw, ENTRY)).toBe(expected);
  });

  test.each([
    ['Ana Ruiz <ana@firm.example>', 'Ana Ruiz'],
    ['"Ana Ruiz" (ana@firm.example)', 'Ana Ruiz'],
    ['<b>Ana</b>', '<b>Ana</b>'],
    ['ana@firm.example', null],
    ['', null],
  ])('asName(%j) → %j', (raw, expected) => {
    expect(asName(raw, ENTRY)).toBe(expected);
  });

  test.each([
    ['  Your   application ', 'Your application'],
    ['', null],
    ['x'.repeat(500), null],
  ])('asSubject(%j) → %j', (raw, expected) => {
    expect(asSubject(raw, ENTRY)).toBe(expected);
  });
});

test('hashKey is stable, fixed-length and spreads', () => {
  expect(hashKey('a|b|c')).toBe(hashKey('a|b|c'));
  expect(hashKey('a|b|c')).toMatch(/^[0-9a-f]{16}$/);
  const keys = new Set(
    Array.from({ length: 2000 }, (_, i) => hashKey(`subject ${i}|x@y.example|`)),
  );
  expect(keys.size).toBe(2000);
});
