export { createIdoClient, type IdoClientOptions } from './create-client.js';
export {
  CoordinatorClient,
  type CoordinatorClientOptions,
  type Editable,
  type EditableCollection,
  type EditableKind,
} from './coordinator-client.js';
