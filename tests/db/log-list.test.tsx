import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { LogDbProvider, LogGate, LogList } from '@/components/log';
import {
  addManualEntry,
  createLogDb,
  importLogJson,
  saveFromDetection,
  updateEntry,
  type LogDatabase,
} from '@/utils/db';
import { closeAll, detection, freshDb, message } from './support';

afterEach(async () => {
  cleanup();
  await closeAll();
});

function show(db: LogDatabase, pageSize?: number) {
  return render(
    <LogDbProvider db={db}>
      <LogGate>
        <LogList pageSize={pageSize} />
      </LogGate>
    </LogDbProvider>,
  );
}

const entries = () => screen.queryAllByTestId('log-entry');
const companies = () =>
  entries().map((li) => li.querySelector('.log-entry-company')?.textContent ?? '');
const count = () => screen.getByTestId('log-count');

async function seed(db: LogDatabase) {
  await addManualEntry(
    {
      company: 'Quarry Labs',
      role: 'Backend Engineer',
      stage: 'screen',
      receivedAt: '2026-01-05',
      tags: ['remote'],
    },
    db,
  );
  await addManualEntry(
    {
      company: 'Brightwell',
      role: 'Analyst',
      stage: 'final',
      receivedAt: '2026-02-10',
      notes: 'Great panel',
    },
    db,
  );
  await saveFromDetection(
    { message: message({ date: '2026-03-01T10:00:00Z' }), detection: detection() },
    db,
  );
}

describe('LogList', () => {
  test('an empty log says so', async () => {
    show(freshDb());
    await waitFor(() => expect(count().textContent).toBe('Your log is empty.'));
    expect(screen.getByTestId('log-list').children).toHaveLength(0);
  });

  test('shows entries newest first with a count', async () => {
    const db = freshDb();
    await seed(db);
    show(db);
    await waitFor(() =>
      expect(companies()).toEqual(['Harbor & Pine', 'Brightwell', 'Quarry Labs']),
    );
    expect(count().textContent).toBe('3 entries');
    expect(count().dataset.count).toBe('3');
  });

  test.each([
    ['search box', 'log-search', 'quarry', ['Quarry Labs']],
    ['search in notes', 'log-search', 'panel', ['Brightwell']],
    ['stage', 'log-filter-stage', 'final', ['Brightwell']],
    ['feedback', 'log-filter-feedback', 'none', ['Harbor & Pine', 'Brightwell', 'Quarry Labs']],
    ['tag', 'log-filter-tag', 'remote', ['Quarry Labs']],
    ['from date', 'log-filter-from', '2026-02-01', ['Harbor & Pine', 'Brightwell']],
    ['to date', 'log-filter-to', '2026-01-31', ['Quarry Labs']],
  ])('filters by %s', async (_name, testId, value, expected) => {
    const db = freshDb();
    await seed(db);
    show(db);
    await waitFor(() => expect(entries()).toHaveLength(3));
    if (testId === 'log-filter-tag')
      await waitFor(() =>
        expect(screen.getByTestId(testId).querySelectorAll('option')).toHaveLength(2),
      );
    fireEvent.change(screen.getByTestId(testId), { target: { value } });
    await waitFor(() => expect(companies()).toEqual(expected));
    if (expected.length < 3) expect(count().textContent).toMatch(/of your 3 entries match/);
    fireEvent.click(screen.getByTestId('log-filter-clear'));
    await waitFor(() => expect(entries()).toHaveLength(3));
  });

  test('a search that finds nothing says so', async () => {
    const db = freshDb();
    await seed(db);
    show(db);
    await waitFor(() => expect(entries()).toHaveLength(3));
    fireEvent.change(screen.getByTestId('log-search'), { target: { value: 'zebra' } });
    await waitFor(() => expect(count().textContent).toBe('Nothing matches in your 3 entries.'));
  });

  test('pages through a long log', async () => {
    const db = freshDb();
    for (let i = 1; i <= 5; i++)
      await addManualEntry({ company: `Company ${i}`, receivedAt: `2026-01-0${i}` }, db);
    show(db, 2);
    await waitFor(() => expect(companies()).toEqual(['Company 5', 'Company 4']));
    fireEvent.click(screen.getByTestId('log-more'));
    await waitFor(() => expect(entries()).toHaveLength(4));
    fireEvent.click(screen.getByTestId('log-more'));
    await waitFor(() => expect(entries()).toHaveLength(5));
    expect(screen.queryByTestId('log-more')).toBeNull();
  });

  test('an entry opens to edit feedback, notes, follow-up, tags and next steps', async () => {
    const db = freshDb();
    await seed(db);
    show(db);
    await waitFor(() => expect(entries()).toHaveLength(3));
    const item = entries()[0];
    const head = item.querySelector('button.log-entry-head')!;
    expect(head.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(head);
    expect(head.getAttribute('aria-expanded')).toBe('true');
    const editor = within(item).getByTestId('log-entry-editor');
    const save = within(editor).getByTestId('log-entry-save');
    expect(save).toHaveProperty('disabled', true);
    fireEvent.change(within(editor).getByTestId('log-entry-feedback'), {
      target: { value: 'requested' },
    });
    fireEvent.change(within(editor).getByTestId('log-entry-feedback-notes'), {
      target: { value: 'Asked Dana by email' },
    });
    fireEvent.change(within(editor).getByTestId('log-entry-follow-up'), {
      target: { value: '2026-04-02' },
    });
    fireEvent.change(within(editor).getByTestId('log-entry-tags'), {
      target: { value: 'remote, data ,Remote' },
    });
    fireEvent.change(within(editor).getByTestId('log-entry-next-steps'), {
      target: { value: 'Reply with thanks' },
    });
    fireEvent.change(within(editor).getByTestId('log-entry-notes'), {
      target: { value: 'Good conversation' },
    });
    await act(async () => {
      fireEvent.click(save);
    });
    await waitFor(() => expect(within(item).getByRole('status').textContent).toBe('Saved.'));
    await waitFor(() => expect(item.textContent).toContain('Feedback: Asked'));
    const stored = await db.entries.get(Number(item.dataset.entryId));
    expect(stored).toMatchObject({
      feedback: { status: 'requested', notes: 'Asked Dana by email' },
      followUpOn: '2026-04-02',
      tags: ['remote', 'data'],
      nextSteps: 'Reply with thanks',
      notes: 'Good conversation',
    });
    expect(stored?.history.at(-1)).toMatchObject({
      field: 'feedback',
      from: 'none',
      to: 'requested',
    });
    await waitFor(() =>
      expect(item.querySelector('.log-history')?.textContent).toContain(
        'feedback Not asked → Asked',
      ),
    );
  });

  test('an opened entry shows the reflection answers the person wrote', async () => {
    const db = freshDb();
    const { id } = await addManualEntry({ company: 'Quarry Labs' }, db);
    await updateEntry(
      id,
      { reflection: [{ prompt: 'What went well?', answer: 'The <case> study' }] },
      db,
    );
    show(db);
    await waitFor(() => expect(entries()).toHaveLength(1));
    fireEvent.click(entries()[0].querySelector('button.log-entry-head')!);
    const reflection = entries()[0].querySelector('.log-reflection')!;
    expect(reflection.querySelector('dt')?.textContent).toBe('What went well?');
    expect(reflection.querySelector('dd')?.textContent).toBe('The <case> study');
  });

  test('deleting one entry asks first', async () => {
    const db = freshDb();
    await seed(db);
    show(db);
    await waitFor(() => expect(entries()).toHaveLength(3));
    fireEvent.click(entries()[1].querySelector('button.log-entry-head')!);
    fireEvent.click(screen.getByTestId('log-entry-delete'));
    expect(await db.entries.count()).toBe(3);
    fireEvent.click(screen.getByTestId('log-entry-delete-confirm'));
    await waitFor(() => expect(companies()).toEqual(['Harbor & Pine', 'Quarry Labs']));
    expect(await db.entries.count()).toBe(2);
  });

  test('what another page saves appears by itself', async () => {
    const db = freshDb();
    show(db);
    await waitFor(() => expect(count().textContent).toBe('Your log is empty.'));
    const other = createLogDb(db.name);
    await saveFromDetection({ message: message(), detection: detection() }, other);
    await waitFor(() => expect(companies()).toEqual(['Harbor & Pine']));
    other.close();
  });

  test('text from emails and files is shown as text, never as markup', async () => {
    const db = freshDb();
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    await importLogJson(
      JSON.stringify({
        format: 'rebound-log',
        formatVersion: 1,
        entries: [
          {
            company: hostile,
            role: '<b>bold</b>',
            stage: 'screen',
            receivedAt: '2026-01-01T10:00:00.000Z',
            subject: '<a href="javascript:alert(1)">x</a>',
            quotes: ['<iframe src="https://evil.example"></iframe>'],
            source: {
              provider: 'gmail',
              messageKey: 'k',
              url: 'https://mail.google.com/mail/u/0/#inbox/k',
            },
          },
        ],
      }),
      db,
    );
    const { container } = show(db);
    await waitFor(() => expect(entries()).toHaveLength(1));
    fireEvent.click(entries()[0].querySelector('button.log-entry-head')!);
    expect(companies()).toEqual([hostile]);
    expect(container.querySelector('img, script, iframe, b, a[href^="javascript"]')).toBeNull();
    expect(container.textContent).toContain('<iframe src="https://evil.example"></iframe>');
    expect(screen.getByTestId('log-entry-link').getAttribute('href')).toBe(
      'https://mail.google.com/mail/u/0/#inbox/k',
    );
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  test('an entry can be added by hand', async () => {
    const db = freshDb();
    show(db);
    await waitFor(() => expect(count().textContent).toBe('Your log is empty.'));
    fireEvent.click(screen.getByTestId('log-add-open'));
    fireEvent.change(screen.getByTestId('log-add-company'), {
      target: { value: 'Lumen Bakery Co' },
    });
    fireEvent.click(screen.getByTestId('log-add-submit'));
    await waitFor(() => expect(companies()).toEqual(['Lumen Bakery Co']));
    expect(entries()[0].textContent).toContain('Added by hand');
  });
});
