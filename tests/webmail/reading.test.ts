/** How the adapters behave on hard pages: huge bodies, hostile text, loading states, fallbacks. */
import { createGmailAdapter, gmail } from '@/utils/webmail/gmail';
import { proton } from '@/utils/webmail/proton';
import { MAX_BODY_CHARS } from '@/utils/webmail/define-adapter';
import { loadIntoDocument, readFixture } from './helpers';

const loadGmail = () => loadIntoDocument(readFixture('gmail/thread-single.html'));
const $ = <T extends Element = HTMLElement>(selector: string) =>
  document.querySelector<T>(selector)!;

describe('a 5 MB message', () => {
  const fill = () => {
    const paragraph = `<p>${'The team reviewed every portfolio with care. '.repeat(22)}</p>`;
    $('.a3s').innerHTML = paragraph.repeat(Math.ceil(5_000_000 / paragraph.length));
    expect($('.a3s').textContent!.length).toBeGreaterThan(4_900_000);
  };

  test('is read in bounded time and capped', async () => {
    await loadGmail();
    fill();
    const started = performance.now();
    const msg = gmail.findOpenMessage(document)!;
    const elapsed = performance.now() - started;
    expect(msg.body.length).toBeLessThanOrEqual(MAX_BODY_CHARS);
    expect(msg.body.length).toBeGreaterThan(MAX_BODY_CHARS * 0.95);
    expect(msg.subject).toBe('Your application for Product Designer at Lumenfield');
    // The whole read visits ~4% of the body; generous for a 2-core CI box running happy-dom.
    expect(elapsed).toBeLessThan(1500);
  });

  test('honours a smaller cap', async () => {
    await loadGmail();
    fill();
    const msg = createGmailAdapter({ maxBodyChars: 5000 }).findOpenMessage(document)!;
    expect(msg.body.length).toBeLessThanOrEqual(5000);
    expect(msg.body.length).toBeGreaterThan(4500);
  });
});

describe('markup in the fields comes back as text', () => {
  test('subject and sender holding HTML are literal', async () => {
    await loadGmail();
    const subject = '<b>Offer</b> <script>alert(1)</script>';
    const name = '<img src=x onerror="alert(1)">';
    $('h2.hP').textContent = subject;
    $('span.gD').setAttribute('name', name);
    const msg = gmail.findOpenMessage(document)!;
    expect(msg.subject).toBe(subject);
    expect(msg.from.name).toBe(name);
    expect(document.querySelectorAll('script, img[src="x"]')).toHaveLength(0);
  });

  test('script elements inside a field or a body are not read', async () => {
    await loadGmail();
    $('h2.hP').innerHTML = 'Your application<script>steal()</script>';
    $('.a3s div[dir]').insertAdjacentHTML(
      'afterbegin',
      '<script>steal()</script><style>p{}</style>',
    );
    const msg = gmail.findOpenMessage(document)!;
    expect(msg.subject).toBe('Your application');
    expect(msg.body).not.toMatch(/steal|p\{\}/);
  });

  test('a script in a Proton message frame is not read', async () => {
    await loadIntoDocument(readFixture('proton/conversation-single.html'));
    const frameBody = $<HTMLIFrameElement>('iframe').contentDocument!.body;
    frameBody.insertAdjacentHTML('beforeend', '<script>steal()</script>');
    expect(proton.findOpenMessage(document)!.body).not.toContain('steal');
  });
});

describe('a message still loading', () => {
  test('Gmail: container present, body empty → null; filled → the message', async () => {
    await loadGmail();
    const body = $('.a3s');
    const saved = body.innerHTML;
    body.replaceChildren();
    expect(gmail.findOpenMessage(document)).toBeNull();
    body.innerHTML = saved;
    expect(gmail.findOpenMessage(document)?.from.name).toBe('Priya Natarajan');
  });

  test('Proton: frame without content → null', async () => {
    await loadIntoDocument(readFixture('proton/conversation-single.html'));
    const frameBody = $<HTMLIFrameElement>('iframe').contentDocument!.body;
    const saved = frameBody.innerHTML;
    frameBody.replaceChildren();
    expect(proton.findOpenMessage(document)).toBeNull();
    expect(proton.findNoticeAnchor(document)).toBeNull();
    frameBody.innerHTML = saved;
    expect(proton.findNoticeAnchor(document)?.localName).toBe('iframe');
  });

  test('an empty match falls through to the next body entry, not to a guess', async () => {
    await loadIntoDocument(readFixture('proton/conversation-single.html'));
    // The frame's own test id renamed: the wrapper still matches, but holds no text itself.
    $('iframe').removeAttribute('data-testid');
    const msg = proton.findOpenMessage(document)!;
    expect(msg.matched?.body).toBe('message-iframe');
    expect(msg.body.startsWith('Dear Jamie,')).toBe(true);
  });
});

describe('each value is checked and falls through', () => {
  test('an implausible address attribute gives way to the next entry', async () => {
    await loadGmail();
    $('span.gD').setAttribute('email', 'unknown');
    const msg = gmail.findOpenMessage(document)!;
    expect(msg.from.email).toBe('priya.natarajan@lumenfield.example');
    expect(msg.matched?.email).toBe('hovercard');
  });

  test.each([
    ['empty', ''],
    ['too long', 'x'.repeat(600)],
  ])('a subject that is %s falls through to the page title', async (_, text) => {
    await loadGmail();
    $('h2.hP').textContent = text;
    const msg = gmail.findOpenMessage(document)!;
    expect(msg.subject).toBe('Your application for Product Designer at Lumenfield');
    expect(msg.matched?.subject).toBe('page-title');
  });

  test('an icon title in the page is never taken for the page title', async () => {
    await loadGmail();
    $('h2.hP').remove();
    $('[gh="tm"]').insertAdjacentHTML('beforeend', '<svg><title>Archive</title></svg>');
    const msg = gmail.findOpenMessage(document)!;
    expect(msg.subject).toBe('Your application for Product Designer at Lumenfield');
  });

  test('with no body class left, the largest text block of the message is the body', async () => {
    await loadGmail();
    const expected = gmail.findOpenMessage(document)!.body;
    for (const el of document.querySelectorAll('.a3s, .ii')) el.removeAttribute('class');
    const msg = gmail.findOpenMessage(document)!;
    expect(msg.matched?.body).toBe('largest-block');
    expect(msg.body).toBe(expected);
  });

  test('with no address hook left, an address in the header text is the sender', async () => {
    await loadGmail();
    for (const el of document.querySelectorAll('[email], [data-hovercard-id], .go')) {
      for (const attr of ['email', 'data-hovercard-id', 'class']) el.removeAttribute(attr);
    }
    const msg = gmail.findOpenMessage(document)!;
    expect(msg.from.email).toBe('priya.natarajan@lumenfield.example');
    expect(msg.matched?.email).toBe('header-text');
  });

  test('a message that names no sender still gives its body, with an empty sender', async () => {
    await loadGmail();
    for (const el of document.querySelectorAll('.gE, .aju')) el.remove();
    const msg = gmail.findOpenMessage(document)!;
    expect(msg.from).toEqual({ name: '', email: '' });
    expect(msg.body.startsWith('Hi Jamie,')).toBe(true);
  });
});

describe('visibility', () => {
  test('hidden, aria-hidden and inline display:none text is left out', async () => {
    await loadGmail();
    $('.a3s div[dir]').insertAdjacentHTML(
      'beforeend',
      '<div hidden>HIDDEN-A</div><span aria-hidden="true">HIDDEN-B</span><p style="color:red; display: none">HIDDEN-C</p>',
    );
    expect(gmail.findOpenMessage(document)!.body).not.toMatch(/HIDDEN/);
  });

  test('the visibility test is injectable', async () => {
    await loadGmail();
    $('.a3s div[dir]').insertAdjacentHTML(
      'beforeend',
      '<div class="css-hidden">HIDDEN-BY-CSS</div>',
    );
    expect(gmail.findOpenMessage(document)!.body).toContain('HIDDEN-BY-CSS');
    const layoutAware = createGmailAdapter({
      isVisible: (el) => !el.classList.contains('css-hidden'),
    });
    expect(layoutAware.findOpenMessage(document)!.body).not.toContain('HIDDEN-BY-CSS');
  });

  test('a message in a hidden view is not the open one', async () => {
    await loadGmail();
    $('[role="main"]').setAttribute('style', 'display:none');
    expect(gmail.findOpenMessage(document)).toBeNull();
  });
});

describe('the reading pane', () => {
  test('is the container holding the open message, and null with nothing open', async () => {
    await loadGmail();
    expect(gmail.findReadingPane!(document)).toBe($('[role="main"]'));
    await loadIntoDocument(readFixture('gmail/inbox-empty.html'));
    expect(gmail.findReadingPane!(document)).toBeNull();
  });

  test('a stale pane first in the page does not hide the message, nor narrow the watcher', async () => {
    await loadGmail();
    $('[role="main"]').insertAdjacentHTML('beforebegin', '<div role="main" class="stale"></div>');
    expect(gmail.findOpenMessage(document)?.from.name).toBe('Priya Natarajan');
    expect(gmail.findReadingPane!(document)).toBeNull();
  });
});
