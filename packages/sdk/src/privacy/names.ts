import { COMMON_FIRST_NAMES } from './first-names.js';
import type { Candidate } from './types.js';

// A title before a name, in the spellings staff use: "mevrouw", "mevr.", "mw", "meneer", "mnr.",
// "dhr.", "de heer", "heer", "mr.", "juffrouw", "juf.". Only the first letter may be a capital:
// the name after it must be the capital.
const TITLE = String.raw`(?<![\p{L}\p{N}])(?:[Mm](?:evrouw|evr\.?|vr\.?|w\.?|eneer|nr\.?|r\.?)|[Dd]hr\.?|(?:[Dd]e )?[Hh]eer|[Jj]uf(?:frouw|\.)?)`;
// Initials ("J.", "A.B.") and tussenvoegsels ("van der", "de", "el") between title and surname.
const INITIALS = String.raw`(?:\p{Lu}\.(?: ?\p{Lu}\.)* ?)?`;
const PARTICLE = String.raw`(?:van|de|der|den|ter|ten|te|in|'t|het|op|la|le|du|da|di|el|al|von)`;
const PARTICLES = String.raw`(?:${PARTICLE} ){0,3}`;
// A capitalised word with at least one lower-case letter after the capital ("Jansen",
// "El", "Jansen-Bakker", "O'Neill"): acronyms such as UWV, SVB or CAK are no names.
const WORD = String.raw`\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*(?![\p{L}\p{N}])`;
// Capitalised words of the notes' own subject matter, never part of a name.
const NOT_NAMES = new Set(
  `Belastingdienst Belastingtelefoon Toeslagen Wmo Gemeente Berichtenbox Mijn Overheid Zorgtoeslag
  Huurtoeslag Kinderopvangtoeslag Toeslag Aangifte Bibliotheek Digi Juridisch Loket Sociaal
  Raadslieden Humanitas Formulierenbrigade Schuldhulp Zorgkantoor Zorgverzekeraar Ouderenbond
  Vakbond Wajong Participatiewet Bijstand Pensioen Werkplein Wijkteam Centrum`.split(/\s+/),
);

const AFTER_TITLE = new RegExp(
  String.raw`(${TITLE} )(${INITIALS}${PARTICLES}${WORD}(?: ${PARTICLES}${WORD}){0,2})`,
  'gu',
);
const CAPITALISED = new RegExp(String.raw`(?<![\p{L}\p{N}])${WORD}`, 'gu');
const SURNAME_AFTER = new RegExp(
  String.raw`^ (${PARTICLES}${WORD}(?: ${PARTICLES}${WORD}){0,2})`,
  'u',
);

/** Cuts a name's words at the first one that is a subject word, not a name; `''` if none is left. */
function trimToName(words: string): string {
  const parts = words.split(' ');
  const kept: string[] = [];
  for (const p of parts) {
    if (NOT_NAMES.has(p)) break;
    kept.push(p);
  }
  // A name ends on a capitalised word, never on a particle.
  while (kept.length && !/^\p{Lu}/u.test(kept[kept.length - 1]!)) kept.pop();
  return kept.join(' ');
}

/**
 * Likely names of people in `text`: a title followed by a capitalised word ("mevrouw Fatima El
 * Amrani", "dhr. J. de Vries"), and a common Dutch first name followed by a capitalised word
 * ("Mohammed Yilmaz"). The finding covers the name, not the title. A likely name is a warning:
 * it can be a partner's staff member or a false alarm, so the form marks it and the server does
 * not refuse it.
 */
export function findNames(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(AFTER_TITLE)) {
    const name = trimToName(m[2]!);
    if (!name) continue;
    const start = m.index + m[1]!.length;
    found.push({ kind: 'name', start, end: start + name.length });
  }
  for (const m of text.matchAll(CAPITALISED)) {
    if (!COMMON_FIRST_NAMES.has(m[0])) continue;
    const end = m.index + m[0].length;
    const surname = SURNAME_AFTER.exec(text.slice(end))?.[1];
    const name = surname && trimToName(`${m[0]} ${surname}`);
    if (!name || name === m[0]) continue;
    found.push({ kind: 'name', start: m.index, end: m.index + name.length });
  }
  return found;
}
