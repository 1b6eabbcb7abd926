import { defineIdoLocator } from './ido-locator.js';

defineIdoLocator();
