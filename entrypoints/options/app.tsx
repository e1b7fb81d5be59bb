import { Brand } from '@/components/brand';
import { DataPanel, LogGate, LogList } from '@/components/log';
import { SettingsForm } from '@/components/settings-form';
import { inPrivateWindow } from '@/components/private-window';
import '@/components/page.css';

export function App() {
  return (
    <main className="app options">
      <Brand subtitle="Settings and your data" />
      <SettingsForm />
      <LogGate privateWindow={inPrivateWindow()}>
        <DataPanel />
        <section className="card">
          <h2>Your log</h2>
          <LogList />
        </section>
      </LogGate>
    </main>
  );
}
