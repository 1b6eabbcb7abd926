// The widgets built from their TypeScript sources into one browser module, for tests that serve
// a page of their own with the real server: what a change to an element does shows at once,
// without `pnpm build`. esbuild is the one tsx already brings.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface EsbuildLike {
  build(options: Record<string, unknown>): Promise<{ outputFiles: { text: string }[] }>;
}
const require = createRequire(import.meta.url);
const esbuild = createRequire(require.resolve('tsx/package.json'))('esbuild') as EsbuildLike;
const root = fileURLToPath(new URL('../../', import.meta.url));

/** Every element (`packages/widgets/src/define.ts`) as one ES module's text. */
export async function widgetsBundle(): Promise<string> {
  const bundle = await esbuild.build({
    entryPoints: [join(root, 'packages/widgets/src/define.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['@idokit/source', 'browser'],
    tsconfigRaw: {
      compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false },
    },
    write: false,
    logLevel: 'silent',
  });
  return bundle.outputFiles[0]!.text;
}
