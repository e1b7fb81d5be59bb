import { browser } from 'wxt/browser';
import { Assistant } from '@/components/assistant/assistant';
import { Brand } from '@/components/brand';
import { useTabState } from '@/components/use-tab-state';
import '@/components/page.css';

type SidePanelApi = { open(o: { windowId: number }): Promise<void> };

async function openLog() {
  const sidePanel = (browser as unknown as { sidePanel?: SidePanelApi }).sidePanel;
  const win = await browser.windows.getCurrent();
  if (sidePanel && win.id !== undefined) {
    await sidePanel.open({ windowId: win.id }).catch(() => browser.runtime.openOptionsPage());
  } else {
    await browser.runtime.openOptionsPage();
  }
  window.close();
}

export function App() {
  const view = useTabState();
  return (
    <main className="app popup">
      <Brand />
      <Assistant view={view} />
      <nav className="row">
        <button type="button" className="link" onClick={openLog}>
          Your log
        </button>
        <button type="button" className="link" onClick={() => browser.runtime.openOptionsPage()}>
          Settings and your data
        </button>
      </nav>
    </main>
  );
}
