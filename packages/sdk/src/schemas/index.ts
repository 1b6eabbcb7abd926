export * from './common.js';
export * from './opening-hours.js';
export * from './taxonomy.js';
export * from './location.js';
export * from './partner.js';
export * from './registration.js';
export * from './feed.js';
export * from './api.js';
