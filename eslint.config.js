// Type-aware lint: above all, no floating promises (an un-awaited browser.* call fails silently).
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', '.stryker-tmp/**', 'node_modules/**', 'test-results/**', 'docs/**'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [tseslint.configs.base],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { arguments: false, attributes: false } },
      ],
      '@typescript-eslint/await-thenable': 'error',
      'no-eval': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Remote text is data: use textContent or Preact.' },
      ],
      // The other way into innerHTML: Preact sets it for this prop (web-ext lint's two warnings are that code in Preact).
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Remote text is data: render it as text with Preact.',
        },
      ],
    },
  },
  {
    // The content script runs in every page: it never opens the database or syncs lists (IndexedDB
    // opened there would belong to the page's origin); it asks the background through messaging.
    files: ['entrypoints/content.ts', 'src/page/**', 'src/highlight/**', 'src/ui/card/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/db/**', '**/db', '**/sync/**', '**/sync', 'dexie'],
              message: 'Content-script code: ask the background through src/messaging.',
            },
          ],
        },
      ],
    },
  },
  {
    // The engine and the list format are pure: the same code runs in the background, the CLI and the benchmarks.
    files: ['src/match/**', 'src/claims/**', 'src/claim-compiler/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'wxt',
                'wxt/**',
                'dexie',
                'preact',
                'preact/**',
                '**/page/**',
                '**/ui/**',
                '**/db/**',
                '**/sync/**',
                '**/highlight/**',
              ],
              message: 'src/match, src/claims and src/claim-compiler are pure: no browser, UI or storage code.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests build fixture pages from literal markup.
    files: ['tests/**'],
    rules: { 'no-restricted-properties': 'off' },
  },
);
