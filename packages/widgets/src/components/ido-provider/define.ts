import { defineIdoProvider } from './ido-provider.js';

defineIdoProvider();
