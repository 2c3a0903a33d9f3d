import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// One-way dependency rule between layers under src/:
//   engine ← import ← db ← store ← features ← app
// A layer may import from the layers to its left, never from those to its right.
// (In flat config a later `no-restricted-imports` replaces an earlier one for the same file,
// so each layer below lists everything it may not import.)

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

const UI_AND_STORAGE = [
  'react',
  'react-dom',
  'react-router',
  'zustand',
  'recharts',
  '@tanstack/react-virtual',
];

export default defineConfig([
  globalIgnores(['dist', '.e2e-dist-*', 'node_modules', 'playwright-report', 'test-results', 'coverage']),

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
  {
    files: ['src/engine/**/*.{ts,tsx,js}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            pkg(
              [...UI_AND_STORAGE, 'dexie', 'dexie-react-hooks'],
              'src/engine is pure: no UI, storage or state libraries.',
            ),
            layer(
              ['db', 'store', 'features', 'app', 'import'],
              'src/engine may not depend on other layers (engine ← import ← db ← store ← features ← app).',
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
            pkg(
              [...UI_AND_STORAGE, 'dexie', 'dexie-react-hooks'],
              'src/import parses files: no UI, storage or state libraries.',
            ),
            layer(
              ['db', 'store', 'features', 'app'],
              'src/import may only depend on src/engine (engine ← import ← db ← store ← features ← app).',
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
            pkg(
              ['react-dom', 'react-router', 'zustand', 'recharts'],
              'src/db is storage only: no rendering, routing, state or chart libraries.',
            ),
            layer(
              ['store', 'features', 'app'],
              'src/db may only depend on engine and import (engine ← import ← db ← store ← features ← app).',
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
            layer(
              ['features', 'app'],
              'src/store may not depend on features or app (engine ← import ← db ← store ← features ← app).',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['src/features/**/*.{ts,tsx,js}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            layer(
              ['app'],
              'src/features may not depend on app (engine ← import ← db ← store ← features ← app).',
            ),
          ],
        },
      ],
    },
  },
]);
