import { useState } from 'react';
import { Assistant } from '@/components/assistant/assistant';
import { Brand } from '@/components/brand';
import { LogGate, LogList, LogStats } from '@/components/log';
import { useTabState } from '@/components/use-tab-state';
import { inPrivateWindow } from '@/components/private-window';
import '@/components/page.css';

type View = 'log' | 'stats';

export function App() {
  const tab = useTabState();
  const [view, setView] = useState<View>('log');
  return (
    <main className="app sidepanel">
      <Brand />
      <Assistant view={tab} />
      <nav className="row" aria-label="Your search">
        <button
          type="button"
          className={view === 'log' ? 'primary' : 'secondary'}
          aria-pressed={view === 'log'}
          onClick={() => setView('log')}
        >
          Log
        </button>
        <button
          type="button"
          className={view === 'stats' ? 'primary' : 'secondary'}
          aria-pressed={view === 'stats'}
          onClick={() => setView('stats')}
        >
          Stats
        </button>
      </nav>
      <LogGate privateWindow={inPrivateWindow()}>
        {view === 'log' ? <LogList /> : <LogStats />}
      </LogGate>
    </main>
  );
}
