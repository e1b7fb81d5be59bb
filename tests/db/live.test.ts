import { act, renderHook, waitFor } from '@testing-library/react';
import {
  addManualEntry,
  createLogDb,
  deleteEverything,
  importLogJson,
  saveFromDetection,
  updateEntry,
  type LogDatabase,
} from '@/utils/db';
import { useLogPage, useLogStats, useLogStatus } from '@/utils/db/hooks';
import { detection, message } from './support';

/** Two connections to one log, as the popup and the background (or two pages) have. */
let name: string;
let popup: LogDatabase;
let background: LogDatabase;
beforeEach(() => {
  name = `shared-${Math.random()}`;
  popup = createLogDb(name);
  background = createLogDb(name);
});
afterEach(async () => {
  popup.close();
  background.close();
  await createLogDb(name).delete();
});

describe('two writers at once', () => {
  test('saving one email from two pages at the same moment gives one entry', async () => {
    const input = { message: message(), detection: detection() };
    const results = await Promise.all([
      saveFromDetection(input, popup),
      saveFromDetection(input, background),
      saveFromDetection(input, popup),
    ]);
    expect(new Set(results.map((e) => e.id)).size).toBe(1);
    expect(await background.entries.count()).toBe(1);
  });

  test('many saves interleaved from both pages lose nothing', async () => {
    const saves = Array.from({ length: 30 }, (_, i) =>
      saveFromDetection(
        { message: message({ key: `m-${i % 15}` }), detection: detection() },
        i % 2 ? popup : background,
      ),
    );
    await Promise.all(saves);
    expect(await popup.entries.count()).toBe(15);
  });

  test('changes to different fields of one entry from two pages are both kept', async () => {
    const { id } = await addManualEntry({ company: 'Quarry Labs' }, popup);
    await Promise.all([
      updateEntry(id, { notes: 'from the side panel' }, popup),
      updateEntry(id, { feedback: { status: 'requested' } }, background),
      updateEntry(id, { tags: ['remote'] }, popup),
      updateEntry(id, { followUpOn: '2026-05-01' }, background),
    ]);
    const entry = await popup.entries.get(id);
    expect(entry).toMatchObject({
      notes: 'from the side panel',
      feedback: { status: 'requested' },
      tags: ['remote'],
      followUpOn: '2026-05-01',
    });
    expect(entry?.history.map((h) => h.to)).toEqual(['unknown', 'requested']);
  });

  test('an import and a save at the same time both land', async () => {
    const text = JSON.stringify({
      format: 'rebound-log',
      formatVersion: 1,
      entries: [{ company: 'Imported', stage: 'screen', receivedAt: '2026-01-01T00:00:00.000Z' }],
    });
    const [imported] = await Promise.all([
      importLogJson(text, popup),
      saveFromDetection({ message: message(), detection: detection() }, background),
    ]);
    expect(imported).toMatchObject({ ok: true, added: 1 });
    expect(await popup.entries.count()).toBe(2);
  });
});

describe('open pages update live', () => {
  test('a list in one page shows what another page saves, changes and deletes', async () => {
    const { result } = renderHook(() => useLogPage({}, 25, popup));
    await waitFor(() => expect(result.current?.total).toBe(0));

    await act(() => saveFromDetection({ message: message(), detection: detection() }, background));
    await waitFor(() =>
      expect(result.current?.entries.map((e) => e.company)).toEqual(['Harbor & Pine']),
    );

    const id = result.current!.entries[0].id;
    await act(() => updateEntry(id, { notes: 'edited elsewhere' }, background));
    await waitFor(() => expect(result.current?.entries[0].notes).toBe('edited elsewhere'));

    await act(() => deleteEverything(background));
    await waitFor(() => expect(result.current?.total).toBe(0));
  });

  test('stats follow, and the first render is undefined while loading', async () => {
    const { result } = renderHook(() => useLogStats(popup));
    expect(result.current).toBeUndefined();
    await waitFor(() => expect(result.current?.total).toBe(0));
    await act(() => addManualEntry({ company: 'A', stage: 'final' }, background));
    await waitFor(() => expect(result.current?.perStage.final).toBe(1));
  });

  test('useLogStatus turns ready once the log is open', async () => {
    const { result } = renderHook(() => useLogStatus(popup));
    await waitFor(() => expect(result.current).toEqual({ state: 'ready' }));
  });
});
