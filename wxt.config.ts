import { defineConfig } from 'wxt';
import { WEBMAIL_MATCHES } from './utils/webmail/hosts';

const GECKO_ID = 'rebound@rebound.invalid';

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Both browsers preload modules natively; Vite's polyfill would add the only
  // fetch() call to the bundle.
  vite: () => ({ build: { modulePreload: { polyfill: false } } }),
  manifest: ({ browser }) => ({
    name: 'Rebound',
    description:
      'Notices a job rejection while you read your webmail and helps on the spot. Everything stays in your browser.',
    // WXT adds `sidePanel` itself for Chrome because entrypoints/sidepanel exists.
    permissions: ['storage', 'alarms', 'notifications'],
    host_permissions: WEBMAIL_MATCHES,
    action: { default_title: 'Rebound' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // The lowest version web-ext lint accepts together with data_collection_permissions.
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
