import { setupMessages } from './messages';
import { setupReminders } from './reminders';
import { setupSidePanel } from './side-panel';
import { setupTabState } from './tab-state';

export default defineBackground(() => {
  setupTabState();
  setupSidePanel();
  setupMessages();
  setupReminders();
});
