/**
 * The coordinator's panels (partners, outreach sessions, desks and report keys, categories,
 * import and export): internal elements that <ido-coordinator> renders in its sections. Importing
 * this module defines them.
 */
export {};
