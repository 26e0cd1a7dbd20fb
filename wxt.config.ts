import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See README "Permissions" for why each entry is here.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: the analyser also runs in Node (CLI, vitest) without WXT.
  imports: false,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: 'On the Record',
    description:
      'See at a glance who is speaking in a news article: named people, organisations, anonymous sources and denials. Nothing leaves your machine.',
    permissions: browser === 'firefox' ? ['storage'] : ['storage', 'sidePanel'],
    action: { default_title: 'On the Record: show the sourcing' },
    commands:
      browser === 'firefox'
        ? {
            _execute_sidebar_action: {
              suggested_key: { default: 'Alt+Shift+S' },
              description: 'Show the sourcing of this article',
            },
          }
        : {
            _execute_action: {
              suggested_key: { default: 'Alt+Shift+S' },
              description: 'Show the sourcing of this article',
            },
          },
    browser_specific_settings: {
      gecko: {
        id: 'on-the-record@example.org',
        strict_min_version: '128.0',
        // Firefox's data-collection declaration: this extension collects nothing.
        data_collection_permissions: { required: ['none'] },
      },
    },
  }),
});
