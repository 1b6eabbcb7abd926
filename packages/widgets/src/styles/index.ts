export { tokens } from './tokens.js';
export {
  sharedStyles,
  hostStyles,
  focusStyles,
  buttonStyles,
  linkStyles,
  inputStyles,
  visuallyHiddenStyles,
  statusStyles,
  preferenceStyles,
} from './shared.js';
