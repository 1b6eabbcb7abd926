import { defineIdoOpeningHours } from './ido-opening-hours.js';

defineIdoOpeningHours();
