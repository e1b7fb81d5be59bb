import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { LogDbProvider, LogGate, LogStats } from '@/components/log';
import { recentMonths } from '@/components/log/log-stats';
import { addManualEntry, createLogDb, localDate, updateEntry, type LogDatabase } from '@/utils/db';
import { closeAll, freshDb } from './support';

afterEach(async () => {
  cleanup();
  await closeAll();
});

function show(db: LogDatabase, child = <LogStats />) {
  return render(
    <LogDbProvider db={db}>
      <LogGate>{child}</LogGate>
    </LogDbProvider>,
  );
}

const rowValue = (table: HTMLElement, label: string) =>
  within(table)
    .getByRole('rowheader', { name: label })
    .parentElement!.querySelector('.log-bar-value')!.textContent;

describe('LogStats', () => {
  test('an empty log', async () => {
    show(freshDb());
    const stats = await screen.findByTestId('log-stats');
    expect(stats.textContent).toContain('Nothing logged yet');
  });

  test('bars by month and stage, feedback asked and answered, median days', async () => {
    const db = freshDb();
    const today = localDate(new Date());
    const a = await addManualEntry(
      { company: 'A', stage: 'interview', receivedAt: today, appliedOn: '2020-01-01' },
      db,
    );
    await addManualEntry({ company: 'B', stage: 'interview', receivedAt: today }, db);
    await addManualEntry({ company: 'C', stage: 'final', receivedAt: today }, db);
    await updateEntry(a.id, { feedback: { status: 'received' } }, db);
    show(db);
    const stats = await screen.findByTestId('log-stats');
    await waitFor(() => expect(stats.textContent).toContain('3 entries in your log.'));
    expect(rowValue(screen.getByTestId('log-stats-stages'), 'Interviews')).toBe('2');
    expect(rowValue(screen.getByTestId('log-stats-stages'), 'Final round')).toBe('1');
    const months = screen.getByTestId('log-stats-months');
    expect(within(months).getAllByRole('row')).toHaveLength(12);
    expect(
      within(months).getAllByRole('row').at(-1)!.querySelector('.log-bar-value')!.textContent,
    ).toBe('3');
    expect(rowValue(screen.getByTestId('log-stats-feedback'), 'Asked for')).toBe('1');
    expect(rowValue(screen.getByTestId('log-stats-feedback'), 'Answered')).toBe('1');
    expect(screen.getByTestId('log-stats-days').textContent).toMatch(
      /Median wait for an answer: \d+ days \(from 1 entry/,
    );
    for (const bar of stats.querySelectorAll('.log-bar'))
      expect(bar.getAttribute('aria-hidden')).toBe('true');
  });

  test('recentMonths ends at this month and fills gaps with zero', () => {
    const rows = recentMonths([{ month: '2026-01', count: 4 }], new Date(2026, 2, 15));
    expect(rows).toHaveLength(12);
    expect(rows.map((r) => r.value)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 0, 0]);
  });
});

describe('LogGate', () => {
  test('shows its children once the log is open', async () => {
    show(freshDb(), <p>inside</p>);
    expect(await screen.findByText('inside')).toBeTruthy();
  });

  test('where storage is refused, says so plainly instead of the log', async () => {
    const broken = createLogDb(`gate-${Math.random()}`, {
      indexedDB: { open: () => null } as unknown as IDBFactory,
      IDBKeyRange,
    });
    show(broken, <p>inside</p>);
    const note = await screen.findByTestId('log-unavailable');
    expect(note.dataset.reason).toBe('no-storage');
    expect(note.getAttribute('role')).toBe('alert');
    expect(note.textContent).toMatch(/private windows/);
    expect(screen.queryByText('inside')).toBeNull();
  });

  test('in a private window, explains why there is no log', async () => {
    render(
      <LogDbProvider db={freshDb()}>
        <LogGate privateWindow>
          <p>inside</p>
        </LogGate>
      </LogDbProvider>,
    );
    const note = await screen.findByTestId('log-unavailable');
    expect(note.dataset.reason).toBe('private-window');
    expect(note.textContent).toMatch(/gone when it closes/);
    expect(screen.queryByText('inside')).toBeNull();
  });

  test('an error inside becomes the same plain message, with a way to try again', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    function Broken(): never {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    show(freshDb(), <Broken />);
    const note = await screen.findByTestId('log-unavailable');
    expect(note.dataset.reason).toBe('disk-full');
    expect(note.textContent).toMatch(/disk is full/);
    expect(within(note).getByRole('button', { name: 'Try again' })).toBeTruthy();
    spy.mockRestore();
  });
});
