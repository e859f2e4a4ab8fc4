import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

const noUiInPureModules = {
  patterns: [
    {
      group: [
        'react',
        'react-dom',
        'react-dom/*',
        'react/*',
        'xstate',
        'xstate/*',
        '@xstate/*',
        'zustand',
        'zustand/*',
      ],
      message: 'Pure modules (questions, summarize) must not import React, XState or zustand.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'tests/e2e/.output', 'reports', '.stryker-tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: [
      'src/questions/**/*.{ts,tsx}',
      'src/results/summarize*.ts',
      'src/results/summarize/**/*.ts',
      'src/handoff/**/*.ts',
    ],
    rules: { 'no-restricted-imports': ['error', noUiInPureModules] },
  },
  {
    files: ['**/*.{js,mjs,cjs}', 'scripts/**', 'tests/e2e/**'],
    languageOptions: { globals: { ...globals.node } },
  },
);
