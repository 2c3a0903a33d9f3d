import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// One-way dependency rule between layers under src/:
//   engine ← import ← db ← commands / read ← store ← features ← app
// A layer may import from the layers to its left, never from those to its right; each rule
// says why in its message. (In flat config a later `no-restricted-imports` replaces an earlier
// one for the same file, so each layer below lists everything it may not import.)

/** Bare package imports, e.g. `react`, `react-dom/client`, `dexie-react-hooks`. */
const pkg = (names, message) => ({
  regex: `^(${names.map((n) => n.replace(/[/.]/g, '\\$&')).join('|')})(/.*)?$`,
  message,
});

/** Imports of another src/ layer by path, e.g. `../db`, `../../store/budget`. */
const layer = (names, message) => ({
  regex: `(^|/)(${names.join('|')})(/|$)`,
  message,
});

const UI_LIBRARIES = [
  'react',
  'react-dom',
  'react-router',
  'zustand',
  'recharts',
  '@tanstack/react-virtual',
];
const STORAGE_LIBRARIES = ['dexie', 'dexie-react-hooks'];

/** zod only through src/engine/zod.ts, which turns off its eval probe that the CSP forbids. */
const ZOD = pkg(
  ['zod'],
  'Import z from src/engine/zod.ts: zod set to run without eval, which the CSP forbids.',
);

export default defineConfig([
  globalIgnores([
    'dist',
    '.e2e-dist-*',
    'node_modules',
    'playwright-report',
    'test-results',
    'coverage',
  ]),

  js.configs.recommended,
  tseslint.configs.recommended,

  {
    languageOptions: {
      ecmaVersion: 2022,
      globals: { ...globals.browser },
    },
  },

  // Node-side code: configs, scripts, CLI, tests.
  {
    files: ['*.{js,ts}', 'scripts/**', 'src/cli/**', 'test/**', '.ci/**/*.{js,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },

  // React hooks rules for the UI code.
  {
    files: ['src/**/*.{ts,tsx}', 'test/**/*.tsx'],
    ignores: ['src/engine/**', 'src/cli/**'],
    extends: [reactHooks.configs.flat.recommended],
    rules: {
      // Only matters with the React Compiler, which this project does not use; it would
      // otherwise warn on every useVirtualizer() call and --max-warnings=0 would fail.
      'react-hooks/incompatible-library': 'off',
    },
  },

  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },

  // ---- Architecture: layer boundaries -------------------------------------------------
  // engine ← import ← db ← commands / read ← store ← features ← app (docs/architecture.md).
  {
    files: ['src/engine/**/*.{ts,tsx,js}'],
    ignores: ['src/engine/zod.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ZOD,
            pkg(
              [...UI_LIBRARIES, ...STORAGE_LIBRARIES],
              'src/engine is pure: no UI, storage or state libraries.',
            ),
            layer(
              ['import', 'db', 'commands', 'read', 'store', 'features', 'app'],
              'src/engine depends on no other layer: the rules are tested in Node alone.',
            ),
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'indexedDB'].map(
          (name) => ({ name, message: 'src/engine is pure: no DOM or browser globals.' }),
        ),
      ],
    },
  },
  {
    files: ['src/import/**/*.{ts,tsx,js}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ZOD,
            pkg(
              [...UI_LIBRARIES, ...STORAGE_LIBRARIES],
              'src/import parses files: no UI, storage or state libraries.',
            ),
            layer(
              ['db', 'commands', 'read', 'store', 'features', 'app'],
              'src/import may only use src/engine: parsers stay pure, testable in Node.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['src/db/**/*.{ts,tsx,js}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ZOD,
            pkg([...UI_LIBRARIES, 'dexie-react-hooks'], 'src/db is storage only: no React, no UI.'),
            layer(
              ['commands', 'read', 'store', 'features', 'app'],
              'src/db may only use engine and import: the layers above decide when to write and read.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['src/commands/**/*.{ts,tsx,js}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ZOD,
            pkg(
              [...UI_LIBRARIES, 'dexie-react-hooks'],
              'src/commands is the write path: no React, no UI (the store shows its outcomes).',
            ),
            layer(
              ['read', 'store', 'features', 'app'],
              'src/commands may only use engine, import and db: writes do not depend on readers or pages.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['src/read/**/*.{ts,tsx,js}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ZOD,
            pkg(
              ['react-dom', 'react-router', 'zustand', 'recharts', '@tanstack/react-virtual'],
              'src/read is the read path: hooks over storage, no rendering or UI state.',
            ),
            layer(
              ['commands', 'store', 'features', 'app'],
              'src/read may only use engine, import and db: reading never writes the ledger.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['src/store/**/*.{ts,tsx,js}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ZOD,
            layer(
              ['db', 'features', 'app'],
              'src/store reaches storage through commands and read only, and knows no page.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['src/features/**/*.{ts,tsx,js}'],
    ignores: ['src/features/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ZOD,
            layer(
              ['db', 'app'],
              'A page writes through src/commands and reads through src/read, never src/db.',
            ),
            {
              regex: '^\\.\\./(?!shared(/|$))[^./]',
              message:
                'Pages do not import each other: move what two pages share to src/features/shared or lower.',
            },
            {
              regex: '(^|/)features/',
              message: 'Pages do not import each other: use src/features/shared or a lower layer.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/features/shared/**/*.{ts,tsx,js}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ZOD,
            layer(
              ['db', 'app'],
              'Shared page parts write through src/commands and read through src/read, never src/db.',
            ),
            {
              regex: '^\\.\\./[^./]',
              message: 'src/features/shared serves every page and imports none of them.',
            },
          ],
        },
      ],
    },
  },
]);
