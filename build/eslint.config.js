import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'renderer/content/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The one door: the renderer may import only types, and only from the IPC contract.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer has no Electron; use renderer/host.ts.' }],
          patterns: [
            {
              group: ['**/electron/**', '!**/electron/ipc/contract'],
              message: 'renderer/ may import from electron/ only `import type` from electron/ipc/contract.',
            },
            {
              group: ['**/electron/ipc/contract'],
              allowTypeImports: true,
              message: 'renderer/ may import the IPC contract with `import type` only.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='window'][property.name='bedside']",
          message: 'Only renderer/host.ts touches window.bedside.',
        },
      ],
    },
  },
  {
    files: ['renderer/host.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // Only the composition root and the preload import the Electron runtime.
    files: ['electron/**/*.ts'],
    ignores: ['electron/main.ts', 'electron/preload.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              allowTypeImports: true,
              message: 'Take Electron objects as parameters; only main.ts and preload.ts import electron.',
            },
          ],
        },
      ],
    },
  },
);
