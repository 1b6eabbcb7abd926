import { findPersonalData } from './find.js';
import type { PersonalDataFinding } from './types.js';

/**
 * The text with every finding replaced by its kind in brackets ("bel [phone]"), for debugging
 * and logs. Log this, never the original note.
 * @param findings what {@link findPersonalData} returned for `text` (found anew when left out)
 */
export function redactPersonalData(
  text: string,
  findings: readonly PersonalDataFinding[] = findPersonalData(text),
): string {
  let out = '';
  let pos = 0;
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    if (f.start < pos) continue;
    out += `${text.slice(pos, f.start)}[${f.kind}]`;
    pos = f.end;
  }
  return out + text.slice(pos);
}
