import {
  statsCategories,
  statsTrend,
  type RegistrationStats,
  type StatsCounts,
  type StatsDimension,
  type SuppressedCount,
  type Taxonomy,
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
    referralPartner: t.statsReferralPartner,
    notHelpedReason: t.statsNotHelpedReason,
    followUp: t.statsFollowUp,
    channel: t.statsChannel,
    timeOfDay: t.statsTimeOfDay,
    place: t.statsPlace,
  }[dim];
}

/**
 * The rows of one dimension, named by the categories (`statsCategories`: the taxonomy, the
 * partners the answer names, the fixed ones); a key they lack is shown as is.
 */
export function dimensionRows(
  view: StatsView,
  counts: StatsCounts,
  taxonomy: Taxonomy,
  dim: StatsDimension,
  partners: RegistrationStats['partners'] = [],
): Row[] {
  const labels = labelsOf(view, taxonomy, dim, partners);
  return (counts.breakdown[dim] ?? []).map((c) => ({
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

function labelsOf(
  view: StatsView,
  taxonomy: Taxonomy,
  dim: StatsDimension,
  partners: RegistrationStats['partners'],
): Map<string, string> {
  const lang = view.dataLanguage;
  const t = view.t;
  // The element says what warm means; the CSV keeps the short names.
  if (dim === 'referralWarm')
    return new Map([
      ['warm', t.statsWarm],
      ['not-warm', t.statsNotWarm],
    ]);
  return new Map(statsCategories(dim, taxonomy, partners).map((e) => [e.id, e.label[lang]]));
}

/**
 * The comparison with the same period a year earlier, in two sentences: last year's totals,
 * then the trend (`statsTrend`: the change in questions and the theme that changed most).
 * Empty when the answer has no `lastYear`.
 */
export function lastYearLines(
  view: StatsView,
  stats: RegistrationStats,
  taxonomy: Taxonomy,
  periodLabel: (key: string) => string,
): string[] {
  const last = stats.lastYear;
  const trend = statsTrend(stats);
  if (!last || !trend) return [];
  const period = periodLabel(last.period);
  const themeName = (id: string) =>
    taxonomy.themes.find((th) => th.id === id)?.label[view.dataLanguage] ?? id;
  return [
    view.t.statsLastYear(period, spoken(view, last.visits), spoken(view, last.questions)),
    view.t.statsTrend(
      period,
      trend.questions.percent,
      trend.theme ? { name: themeName(trend.theme.id), percent: trend.theme.percent } : undefined,
    ),
  ];
}
