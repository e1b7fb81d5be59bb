import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { DataPanel, LogDbProvider, LogGate } from '@/components/log';
import { addManualEntry, exportLogJson, type LogDatabase } from '@/utils/db';
import { closeAll, freshDb } from './support';

let downloads: { name: string; href: string }[];
let blobs: Map<string, Blob>;

beforeEach(() => {
  downloads = [];
  blobs = new Map();
  let n = 0;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:rebound/${++n}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    downloads.push({ name: this.download, href: this.getAttribute('href') ?? '' });
  });
});
afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  await closeAll();
});

function show(db: LogDatabase) {
  return render(
    <LogDbProvider db={db}>
      <LogGate>
        <DataPanel />
      </LogGate>
    </LogDbProvider>,
  );
}

async function pick(file: File) {
  const input = (await screen.findByTestId('log-import-input')) as HTMLInputElement;
  fireEvent.change(input, { target: { files: [file] } });
  const result = await screen.findByTestId('log-import-result');
  await waitFor(() => expect(input.disabled).toBe(false));
  return result;
}

describe('DataPanel', () => {
  test('exports JSON as a download of the complete log', async () => {
    const db = freshDb();
    await addManualEntry({ company: 'Quarry Labs', notes: '=1+1' }, db);
    show(db);
    fireEvent.click(await screen.findByTestId('log-export-json'));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0].name).toMatch(/^rebound-log-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(await blobs.get(downloads[0].href)!.text());
    expect(file.format).toBe('rebound-log');
    expect(file.entries[0]).toMatchObject({ company: 'Quarry Labs', notes: '=1+1' });
    expect(document.querySelector('a[download]')).toBeNull();
  });

  test('exports CSV with a UTF-8 mark and formulas defused', async () => {
    const db = freshDb();
    await addManualEntry({ company: 'Société Lumière', notes: '=1+1' }, db);
    show(db);
    fireEvent.click(await screen.findByTestId('log-export-csv'));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0].name).toMatch(/\.csv$/);
    const blob = blobs.get(downloads[0].href)!;
    expect(blob.type).toContain('text/csv');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = await blob.text();
    expect(text).toContain('Société Lumière');
    expect(text).toContain(",'=1+1");
  });

  test('imports a good file and says what happened', async () => {
    const source = freshDb();
    await addManualEntry({ company: 'A' }, source);
    await addManualEntry({ company: 'B' }, source);
    const db = freshDb();
    show(db);
    const result = await pick(
      new File([await exportLogJson(source)], 'backup.json', { type: 'application/json' }),
    );
    await waitFor(() => expect(result.textContent).toMatch(/Imported 2 entries: 2 new/));
    expect(result.dataset.ok).toBe('true');
    expect(await db.entries.count()).toBe(2);
  });

  test('a bad file is refused with its entry and field named, and nothing changes', async () => {
    const db = freshDb();
    await addManualEntry({ company: 'Mine' }, db);
    const before = await exportLogJson(db, { now: new Date(0) });
    show(db);
    const bad = JSON.stringify({
      format: 'rebound-log',
      formatVersion: 1,
      entries: [
        { company: 'Fine', stage: 'screen', receivedAt: '2026-01-01T00:00:00.000Z' },
        { company: 'Broken', stage: 'offer', receivedAt: '2026-01-01T00:00:00.000Z' },
      ],
    });
    const result = await pick(new File([bad], 'bad.json'));
    expect(result.dataset.ok).toBe('false');
    expect(result.getAttribute('role')).toBe('alert');
    expect(result.textContent).toContain('entry 2, field "stage"');
    expect(await exportLogJson(db, { now: new Date(0) })).toBe(before);
  });

  test('a truncated file is refused in plain words', async () => {
    show(freshDb());
    const result = await pick(
      new File(['{"format":"rebound-log","formatVersion":1,"entries":[{"comp'], 'cut.json'),
    );
    expect(result.textContent).toMatch(/not complete JSON/);
  });

  test('delete everything asks first, can be cancelled, and then really deletes', async () => {
    const db = freshDb();
    await addManualEntry({ company: 'A' }, db);
    await addManualEntry({ company: 'B' }, db);
    show(db);
    fireEvent.click(await screen.findByTestId('log-delete-all'));
    await waitFor(() => expect(screen.getByText(/Delete all 2 entries/)).toBeTruthy());
    fireEvent.click(screen.getByTestId('log-delete-cancel'));
    expect(await db.entries.count()).toBe(2);
    fireEvent.click(screen.getByTestId('log-delete-all'));
    fireEvent.click(screen.getByTestId('log-delete-confirm'));
    await waitFor(() =>
      expect(screen.getByTestId('log-delete-result').textContent).toBe(
        'Deleted 2 entries. Your log is empty.',
      ),
    );
    expect(await db.entries.count()).toBe(0);
  });
});
