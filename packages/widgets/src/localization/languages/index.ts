/**
 * The languages that ship with IDO Kit beyond Dutch and English, one file per language, each
 * complete for the resident elements (`<ido-locator>`, `<ido-opening-hours>`). Other elements
 * speak Dutch on these pages until a file covers their keys too.
 *
 * A translator adds a language by copying `tr.ts`, translating every string (the type
 * `ResidentStrings` refuses a file with a gap), and listing it here.
 */
import { ar } from './ar.js';
import { pl } from './pl.js';
import { tr } from './tr.js';
import { uk } from './uk.js';
import type { ResidentLanguagePack } from './types.js';

export type { ResidentLanguagePack, ResidentStrings } from './types.js';

/** Arabic, Turkish, Polish and Ukrainian: machine-checked drafts, pending review by native speakers. */
export const residentLanguages: readonly ResidentLanguagePack[] = [ar, tr, pl, uk];
