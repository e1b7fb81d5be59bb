/**
 * Follow-up reminders: a few times a day the background looks for entries whose
 * follow-up date has come, and shows one quiet notification per entry per day.
 */
import { browser } from 'wxt/browser';
import { listFollowUpsDue, localDate, type LogEntry } from '@/utils/db';

const ALARM = 'rebound-follow-ups';
const NOTIFIED_KEY = 'remindersNotified';

type Notified = { date: string; ids: number[] };

export function reminderText(entry: LogEntry): { title: string; message: string } {
  const role = entry.role ? ` (${entry.role})` : '';
  return {
    title: `A follow-up you planned: ${entry.company}${role}`,
    message:
      entry.nextSteps || 'You set today as the day to follow up. A short, friendly note is enough.',
  };
}

export async function remindDueFollowUps(now = new Date()): Promise<number> {
  const today = localDate(now);
  const stored = (await browser.storage.local.get(NOTIFIED_KEY))[NOTIFIED_KEY] as
    Notified | undefined;
  const already = new Set(stored?.date === today ? stored.ids : []);
  const due = (await listFollowUpsDue(today)).filter((e) => !already.has(e.id));
  for (const entry of due) {
    const { title, message } = reminderText(entry);
    await browser.notifications.create(`rebound-entry-${entry.id}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title,
      message,
    });
    already.add(entry.id);
  }
  await browser.storage.local.set({ [NOTIFIED_KEY]: { date: today, ids: [...already] } });
  return due.length;
}

export function setupReminders(): void {
  browser.runtime.onInstalled.addListener(() => {
    void browser.alarms.create(ALARM, { delayInMinutes: 1, periodInMinutes: 240 });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void remindDueFollowUps().catch(() => {});
  });
  browser.notifications.onClicked.addListener((id) => {
    if (id.startsWith('rebound-entry-')) void browser.runtime.openOptionsPage();
  });
}
