import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['node_modules', '.output', '.wxt', '.ci-artifacts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: {
      globals: {
        process: 'readonly',
        // Evaluated inside the browser by the e2e suites and the launcher.
        chrome: 'readonly',
        browser: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        Buffer: 'readonly',
        document: 'readonly',
        window: 'readonly',
        location: 'readonly',
        history: 'readonly',
        performance: 'readonly',
        fetch: 'readonly',
      },
    },
  },
  {
    // Boundaries the design depends on, checked rather than hoped for.
    files: ['utils/detector/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['../*', '@/*', 'wxt/*', 'react', 'dexie'] }],
    },
  },
  {
    files: ['entrypoints/webmail.content/**', 'utils/webmail/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/db', '**/db/**', 'dexie', 'dexie-react-hooks'],
              message: 'The content script never touches IndexedDB.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['components/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/entrypoints/**', '@/entrypoints/**'] }],
    },
  },
);
