import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions, mergeConfig } from 'vite';

const config: StorybookConfig = {
  stories: ['../packages/widgets/src/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    return mergeConfig(viteConfig, {
      // Workspace packages resolve to their TypeScript sources, as in tests.
      resolve: { conditions: ['@idokit/source', ...defaultClientConditions] },
      // Lit's legacy decorators (tsconfig experimentalDecorators, useDefineForClassFields:
      // false). Vite 8 compiles TS with Oxc, which ignores `esbuild.tsconfigRaw`; these are
      // the Oxc equivalents, set explicitly so stories excluded from tsconfig.json compile too.
      oxc: {
        decorator: { legacy: true },
        assumptions: { setPublicClassFields: true },
        typescript: { removeClassFieldsWithoutInitializer: true },
      },
    });
  },
};

export default config;
