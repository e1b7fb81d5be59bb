import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { remindDueFollowUps, reminderText } from '@/entrypoints/background/reminders';
import { addManualEntry, deleteEverything, localDate } from '@/utils/db';

describe('follow-up reminders', () => {
  let created: string[];

  beforeEach(async () => {
    fakeBrowser.reset();
    await deleteEverything();
    created = [];
    vi.spyOn(browser.notifications, 'create').mockImplementation((async (id: string) => {
      created.push(id);
      return id;
    }) as never);
  });

  test('notifies each entry whose follow-up day has come, once a day', async () => {
    const now = new Date(2026, 10, 23, 9, 0);
    const due = await addManualEntry({
      company: 'Nordhaven Logistics',
      followUpOn: localDate(now),
    });
    const overdue = await addManualEntry({
      company: 'Brightwell Analytics',
      followUpOn: '2026-11-01',
    });
    await addManualEntry({ company: 'Later Ltd', followUpOn: '2026-12-24' });
    await addManualEntry({ company: 'No Date Co' });

    expect(await remindDueFollowUps(now)).toBe(2);
    expect(created.sort()).toEqual(
      [`rebound-entry-${due.id}`, `rebound-entry-${overdue.id}`].sort(),
    );
    expect(await remindDueFollowUps(now)).toBe(0);
    expect(await remindDueFollowUps(new Date(2026, 10, 24, 9, 0))).toBe(2);
  });

  test('says what was planned, in the person’s own words when they wrote some', async () => {
    const entry = await addManualEntry({
      company: 'Brightwell',
      role: 'Analyst',
      nextSteps: 'Ask Dana for feedback',
    });
    expect(reminderText(entry)).toEqual({
      title: 'A follow-up you planned: Brightwell (Analyst)',
      message: 'Ask Dana for feedback',
    });
  });
});
