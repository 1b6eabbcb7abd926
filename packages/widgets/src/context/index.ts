export { idoContext, type IdoEnvironment } from './ido-context.js';
export {
  configure,
  globalConfig,
  resetConfig,
  configChanges,
  type IdoKitConfig,
} from './global-config.js';
export { IdoKit } from './idokit.js';
