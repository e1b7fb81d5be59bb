import { useState } from 'react';
import type { Detection, Stage } from '@/utils/detector/types';
import type { TabState } from '@/utils/messaging';
import type { TabView } from '../use-tab-state';
import { SaveButton } from './save-button';

const STAGE_WORDS: Record<Stage, string> = {
  application: 'after applying',
  screen: 'after a first call',
  interview: 'after interviews',
  final: 'after the final round',
  unknown: 'stage not stated',
};

const NOTICE_WORDS = {
  layoff: 'News about layoffs',
  'hiring-freeze': 'A hiring freeze',
  'on-hold': 'The role is on hold',
} as const;

function headline(d: Detection): string {
  if (d.band === 'rejection') return 'This looks like a rejection';
  if (d.band === 'maybe') return 'This might be a rejection';
  if (d.notice) return NOTICE_WORDS[d.notice];
  return 'Nothing to act on in this email';
}

export function Assistant({ view }: { view: TabView }) {
  if (view.status === 'loading') return <p className="muted">Looking at this tab…</p>;
  if (view.status === 'elsewhere') {
    return (
      <section className="card" data-testid="assistant-elsewhere">
        <h2>Open an email in your webmail</h2>
        <p className="muted">
          Rebound reads the email you have open in Gmail and tells you here when it is a no.
        </p>
      </section>
    );
  }
  if (!view.state) {
    return (
      <section className="card" data-testid="assistant-empty">
        <h2>No email open</h2>
        <p className="muted">
          Open an email and Rebound will take a look. It stays on this machine.
        </p>
      </section>
    );
  }
  return <Found state={view.state} />;
}

function Found({ state }: { state: TabState }) {
  const { detection: d, message } = state;
  const [showWhy, setShowWhy] = useState(true);
  const quotes = d.evidence.filter((e) => e.weight > 0);
  const isNo = d.band !== 'not';
  return (
    <section className="card" data-testid="assistant" data-band={d.band}>
      <h2 data-testid="assistant-headline">{headline(d)}</h2>
      <dl className="facts">
        <dt>From</dt>
        <dd>{d.company ?? (message.from.name || message.from.email)}</dd>
        {d.role && (
          <>
            <dt>Role</dt>
            <dd>{d.role}</dd>
          </>
        )}
        <dt>Subject</dt>
        <dd data-testid="assistant-subject">{message.subject || '(no subject)'}</dd>
        {isNo && (
          <>
            <dt>Stage</dt>
            <dd>{STAGE_WORDS[d.stage]}</dd>
          </>
        )}
      </dl>
      {isNo && (d.offersFeedback || d.keepsOnFile || d.invitesReapply) && (
        <ul className="signals">
          {d.offersFeedback && <li>They offer feedback: worth asking.</li>}
          {d.keepsOnFile && <li>They keep your résumé on file.</li>}
          {d.invitesReapply && <li>They invite you to apply again.</li>}
        </ul>
      )}
      {isNo && quotes.length > 0 && (
        <div className="why">
          <button type="button" className="link" onClick={() => setShowWhy(!showWhy)}>
            {showWhy ? 'Hide why' : 'Why Rebound thinks so'}
          </button>
          {showWhy && (
            <ul data-testid="assistant-quotes">
              {quotes.slice(0, 4).map((e) => (
                <li key={`${e.field}:${e.start}`}>
                  <q>{e.quote}</q>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {isNo && <SaveButton key={message.key} state={state} />}
    </section>
  );
}
