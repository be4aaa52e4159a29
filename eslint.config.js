import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The engine, the shell and the console core are headless: they run in Node for tests and the
// transcript runner, so they must never reach for React, the DOM, zustand or the views.
const headlessBoundary = {
  patterns: [
    {
      group: ['react', 'react-dom', 'react-dom/*', 'react/*'],
      message: 'headless code must not import React',
    },
    { group: ['zustand', 'zustand/*'], message: 'headless code must not import zustand' },
    { group: ['@xterm/*', '@xyflow/*'], message: 'headless code must not import view libraries' },
    {
      group: ['**/ui', '**/ui/*', '**/ui/**', '**/store', '**/store/*'],
      message: 'headless code must not import src/ui or src/store',
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', '.bench', 'test-results', 'playwright-report', 'e2e/.tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/store/**/*.ts', 'src/main.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: [
      'src/engine/**/*.ts',
      'src/shell/**/*.ts',
      'src/console/**/*.ts',
      'src/lab/**/*.ts',
      'src/director/**/*.ts',
    ],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', headlessBoundary],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'setTimeout',
        'setInterval',
      ],
    },
  },
);
