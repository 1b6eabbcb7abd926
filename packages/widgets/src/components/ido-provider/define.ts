/**
 * Defines `<ido-provider>` (once; importing this twice is harmless) and exports its class, so
 * `import '@idokit/widgets/components/ido-provider/define.js'` is all a page or app needs, types included.
 */
import { IdoProvider, defineIdoProvider } from './ido-provider.js';

defineIdoProvider();

export { IdoProvider };
