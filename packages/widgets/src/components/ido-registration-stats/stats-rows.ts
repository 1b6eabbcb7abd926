import type {
  RegistrationStats,
  StatsCounts,
  StatsDimension,
  SuppressedCount,
  Taxonomy,
} from '@idokit/sdk';
import type { IdoElement } from '../../base/ido-element.js';
import type { StatsStrings } from './strings.js';
import { formatNumber } from '../../localization/numbers.js';

/** What the counts take from the element: its text, language and the data's language. */
export type StatsView = Pick<IdoElement<StatsStrings>, 't' | 'locale' | 'dataLanguage'>;

/** A category with its label and count, in the order to show. */
export interface Row {
  key: string;
  label: string;
  count: SuppressedCount;
}

/** A count as it is read: "minder dan 5", "verborgen", or the number ("1.234"). */
export function spoken(view: StatsView, count: SuppressedCount): string {
  if (count === '<5') return view.t.statsLessThan5;
  if (count === 'x') return view.t.statsHiddenX;
  return formatNumber(count, view.locale);
}

/** The heading of a dimension ("Thema", "Organisatie", …). */
export function dimensionTitle(view: StatsView, dim: StatsDimension): string {
  const t = view.t;
  return {
    questionType: t.statsQuestionType,
    governmentLevel: t.statsGovernmentLevel,
    organisation: t.statsOrganisation,
    theme: t.statsTheme,
    help: t.statsHelp,
    referralKind: t.statsReferralKind,
    referralWarm: t.statsReferralWarm,
    channel: t.statsChannel,
  }[dim];
}

/** The rows of one dimension, named by the taxonomy (a key it lacks is shown as is). */
export function dimensionRows(
  view: StatsView,
  counts: StatsCounts,
  taxonomy: Taxonomy,
  dim: StatsDimension,
): Row[] {
  const labels = labelsOf(view, taxonomy, dim);
  return counts.breakdown[dim].map((c) => ({
    key: c.key,
    label: labels.get(c.key) ?? c.key,
    count: c.count,
  }));
}

/** Per location, visits or questions, named as the stats name them. */
export function locationRows(stats: RegistrationStats, which: 'visits' | 'questions'): Row[] {
  const names = new Map(stats.locations.map((l) => [l.id, l.name]));
  return stats.byLocation.map((l) => ({
    key: l.locationId,
    label: names.get(l.locationId) ?? l.locationId,
    count: l[which],
  }));
}

/** Per period (month), visits or questions, named by `periodLabel`. */
export function periodRows(
  stats: RegistrationStats,
  which: 'visits' | 'questions',
  periodLabel: (key: string) => string,
): Row[] {
  return stats.periods.map((p) => ({
    key: p.period,
    label: periodLabel(p.period),
    count: p[which],
  }));
}

function labelsOf(view: StatsView, taxonomy: Taxonomy, dim: StatsDimension): Map<string, string> {
  const lang = view.dataLanguage;
  const t = view.t;
  const entries: { id: string; label: { nl: string; en: string } }[] =
    dim === 'questionType'
      ? taxonomy.questionTypes
      : dim === 'governmentLevel'
        ? taxonomy.governmentLevels
        : dim === 'organisation'
          ? taxonomy.organisations
          : dim === 'theme'
            ? taxonomy.themes
            : dim === 'help'
              ? taxonomy.help
              : dim === 'referralKind'
                ? taxonomy.partnerKinds
                : dim === 'channel'
                  ? taxonomy.channels
                  : [
                      { id: 'warm', label: { nl: t.statsWarm, en: t.statsWarm } },
                      { id: 'not-warm', label: { nl: t.statsNotWarm, en: t.statsNotWarm } },
                    ];
  return new Map(entries.map((e) => [e.id, e.label[lang]]));
}
