import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// The layers of ../shared/design/STYLE.md: each may only use the ones below it.
const noDomInSdk = {
  patterns: [
    { group: ['lit', 'lit/*', '@lit/*'], message: 'The SDK is the domain layer: no Lit, no DOM.' },
    {
      group: ['@idokit/widgets', '@idokit/server'],
      message: 'The SDK depends on nothing above it.',
    },
  ],
};
const elementsOnly = {
  patterns: [
    {
      group: ['ky', 'zod', 'zod/*'],
      message: 'Elements render; data access and validation live in the SDK.',
    },
    {
      group: ['kdbush', 'geokdbush', 'idb'],
      message: 'Elements render; geo and storage live in the SDK.',
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/cdn/**',
      '**/dist-browser/**',
      'storybook-static/**',
      '**/custom-elements.json',
      'packages/widgets/types/**',
      '**/.data/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: 'Render data through Lit templates.',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'Render data through Lit templates.',
        },
      ],
    },
  },
  {
    // The staff page's service worker: plain JavaScript, run as a worker (no DOM).
    files: ['packages/widgets/service-worker/**/*.js'],
    languageOptions: { globals: { ...globals.serviceworker } },
  },
  {
    files: ['packages/sdk/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', noDomInSdk] },
  },
  {
    files: ['packages/widgets/src/components/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.stories.ts'],
    rules: { 'no-restricted-imports': ['error', elementsOnly] },
  },
  {
    files: ['**/*.test.ts', '**/*.stories.ts', '**/bench/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);
