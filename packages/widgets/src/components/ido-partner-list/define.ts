import { defineIdoPartnerList } from './ido-partner-list.js';

defineIdoPartnerList();
