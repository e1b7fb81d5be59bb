import { useEffect, useState } from 'react';
import {
  DEFAULT_SETTINGS,
  getSettings,
  settingsItem,
  updateSettings,
  type Settings,
} from '@/utils/settings';

/** Settings save as they change; there is no Save button to forget. */
export function SettingsForm() {
  const [settings, setSettings] = useState<Settings | null>(null);

  useEffect(() => {
    getSettings().then(setSettings, () => setSettings(DEFAULT_SETTINGS));
    return settingsItem.watch((next) => setSettings({ ...DEFAULT_SETTINGS, ...next }));
  }, []);

  if (!settings) return <p className="muted">Loading settings…</p>;
  const change = (patch: Partial<Settings>) => {
    setSettings({ ...settings, ...patch });
    void updateSettings(patch);
  };

  return (
    <section className="card settings" aria-labelledby="settings-title">
      <h2 id="settings-title">Settings</h2>
      <label className="check">
        <input
          type="checkbox"
          data-testid="setting-notice"
          checked={settings.showInPageNotice}
          onChange={(e) => change({ showInPageNotice: e.target.checked })}
        />
        Show a small notice above a rejection in my webmail
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={settings.keepFullTextByDefault}
          onChange={(e) => change({ keepFullTextByDefault: e.target.checked })}
        />
        Keep the full text of an email when I save it (otherwise only the key sentences)
      </label>
      <label className="field">
        Your name, for drafts
        <input value={settings.yourName} onChange={(e) => change({ yourName: e.target.value })} />
      </label>
      <label className="field">
        Signature
        <textarea
          rows={3}
          value={settings.signature}
          onChange={(e) => change({ signature: e.target.value })}
        />
      </label>
    </section>
  );
}
