/**
 * Text of <ido-registration-stats> and its printable report, in the languages it
 * speaks (Dutch and English). Keys start with `stats`; Dutch is plain B1 language, English is
 * complete. Category names come from the taxonomy (nl and en), month names from `Intl`.
 */
export interface StatsStrings {
  /** Accessible name of the element's region. */
  statsLabel: string;
  /** Heading of the enrolment form. */
  statsEnrolTitle: string;
  /** Explanation above the code field. */
  statsEnrolHelp: string;
  /** Label of the code field. */
  statsEnrolCode: string;
  /** Submit button of the enrolment form. */
  statsEnrolSubmit: string;
  /** The code was wrong, used or expired. */
  statsEnrolRefused: string;
  /** The code field is empty. */
  statsEnrolEmpty: string;
  /** With `enrol-elsewhere`, before the device is enrolled. */
  statsEnrolElsewhere: string;
  /** The token was revoked (401): enrol again. */
  statsRevoked: string;
  /** Button that forgets the token on this device. */
  statsSignOut: string;
  /** Asked before signing out: the question form on this device is signed out too. */
  statsSignOutConfirm: string;
  /** Confirms signing out. */
  statsSignOutYes: string;
  /** Cancels signing out. */
  statsCancel: string;
  /** "Statistieken van IDO Centrum" / "… van gemeente Utrecht". */
  statsScopeTitle: (kind: 'location' | 'organisation' | 'municipality', name: string) => string;
  /** Label of the period kind selector. */
  statsKind: string;
  statsKindWeek: string;
  statsKindMonth: string;
  statsKindQuarter: string;
  statsKindYear: string;
  /** Previous / next period buttons (accessible names). */
  statsPrevious: string;
  statsNext: string;
  /** A period as a reader sees it. */
  statsWeekLabel: (week: number, year: number) => string;
  statsQuarterLabel: (quarter: number, year: number) => string;
  /** Label of the location selector (report tokens). */
  statsLocation: string;
  /** The option for all locations of the scope. */
  statsAllLocations: string;
  /** Summary line: "12 bezoeken, 15 vragen". */
  statsSummary: (visits: string, questions: string) => string;
  /** The totals as table headers. */
  statsVisits: string;
  statsQuestions: string;
  /** Table header of the category column, and of the count column. */
  statsCategory: string;
  statsCount: string;
  /** Headings per breakdown. */
  statsPerMonth: string;
  statsPerLocation: string;
  statsQuestionType: string;
  statsGovernmentLevel: string;
  statsOrganisation: string;
  statsTheme: string;
  statsHelp: string;
  statsReferralKind: string;
  statsReferralWarm: string;
  statsChannel: string;
  statsReferralPartner: string;
  statsNotHelpedReason: string;
  statsFollowUp: string;
  statsPlace: string;
  /** Busy times: the heading, and the table's day column and parts of the day. */
  statsTimeOfDay: string;
  statsWeekday: string;
  statsDayParts: { morning: string; afternoon: string; evening: string };
  /** What the parts of the day are, under the busy times. */
  statsDayPartsNote: string;
  /** The same period last year: "Een jaar eerder (4e kwartaal 2025): 120 bezoeken, 150 vragen." */
  statsLastYear: (period: string, visits: string, questions: string) => string;
  /**
   * The trend in one sentence, against the same period a year earlier (`period`): the change in
   * all questions in whole percent (undefined: too few questions then to say it in percent), and
   * the theme that changed most, when one did by 10 % or more.
   */
  statsTrend: (
    period: string,
    total: number | undefined,
    theme: { name: string; percent: number } | undefined,
  ) => string;
  /** The warm share of referrals: "8 van de 10 doorverwijzingen waren warm (80%)". */
  statsWarmShare: (warm: number, referred: number, percent: number) => string;
  /** The warm share cannot be given (a count is hidden). */
  statsWarmShareHidden: string;
  /** `warm` / `not-warm` categories. */
  statsWarm: string;
  statsNotWarm: string;
  /** The period's published total is 0: no registrations, or one or two (perturbed to 0). */
  statsEmpty: string;
  /** A breakdown without any count. */
  statsNone: string;
  /** Spoken for "<5" (only in answers of servers from before the cell-key method). */
  statsLessThan5: string;
  /** Spoken for "x" (only in answers of servers from before the cell-key method). */
  statsHiddenX: string;
  /** Heading of the explanation of the numbers. */
  statsLegendTitle: string;
  /** Every count may be off by up to `maxNoise`, so no visitor can be recognised. */
  statsLegendNoise: (maxNoise: number) => string;
  /** Parts and totals are perturbed separately, so parts need not add up exactly. */
  statsLegendParts: string;
  /** The period has not settled: the breakdown by category follows on `date`. */
  statsLegendUnsettled: (date: string) => string;
  /** Accessible name of a bar chart: "Staafdiagram: per thema". */
  statsChart: (title: string) => string;
  /** CSV download button, and the announcement after it. */
  statsCsv: string;
  statsCsvDone: (file: string) => string;
  /** Report button (opens the printable report), and its hint for weeks and months. */
  statsReport: string;
  statsReportHint: string;
  /** Back from the report. */
  statsBack: string;
  /** Print button on the report. */
  statsPrint: string;
  /** The report's title and lines. */
  statsReportTitle: string;
  statsReportFor: (scope: string, period: string) => string;
  statsReportDates: (from: string, to: string) => string;
  statsReportIntro: (visits: string, questions: string) => string;
  statsReportHours: string;
  statsReportHoursLine: (hours: string, days: number) => string;
  statsReportHoursKindIdo: string;
  statsReportHoursKindLibrary: string;
  statsReportClosed: string;
  statsReportMade: (date: string) => string;
  /**
   * The report's paragraph on how the numbers are protected: the cell-key method in plain words
   * (at most 2 off, the same number always the same way), when breakdowns appear, and that notes
   * are never in a report. Keep it true to `docs/statistics.md`.
   */
  statsReportProtectionTitle: string;
  statsReportProtection: string;
}

export const statsNl: StatsStrings = {
  statsLabel: 'Statistieken Informatiepunt',
  statsEnrolTitle: 'Dit apparaat aanmelden',
  statsEnrolHelp:
    'Typ de code die u van de beheerder kreeg, of plak de rapportsleutel. U doet dit één keer per apparaat. Een rapportcode of rapportsleutel geeft alleen inzage.',
  statsEnrolCode: 'Code',
  statsEnrolSubmit: 'Aanmelden',
  statsEnrolRefused:
    'Deze code of sleutel klopt niet, is al gebruikt, ingetrokken of verlopen. Vraag de beheerder om een nieuwe.',
  statsEnrolEmpty: 'Typ eerst de code.',
  statsEnrolElsewhere:
    'De aantallen van deze balie staan hier zodra dit apparaat is aangemeld met de aanmeldcode.',
  statsRevoked: 'Dit apparaat is afgemeld. Vraag de beheerder om een nieuwe code.',
  statsSignOut: 'Afmelden op dit apparaat',
  statsSignOutConfirm:
    'Afmelden? Daarna kan dit apparaat geen statistieken meer zien en geen vragen meer registreren, tot iemand een nieuwe code invult.',
  statsSignOutYes: 'Ja, afmelden',
  statsCancel: 'Annuleren',
  statsScopeTitle: (kind, name) =>
    kind === 'municipality' ? `Statistieken van gemeente ${name}` : `Statistieken van ${name}`,
  statsKind: 'Periode',
  statsKindWeek: 'Week',
  statsKindMonth: 'Maand',
  statsKindQuarter: 'Kwartaal',
  statsKindYear: 'Jaar',
  statsPrevious: 'Vorige periode',
  statsNext: 'Volgende periode',
  statsWeekLabel: (week, year) => `week ${week} van ${year}`,
  statsQuarterLabel: (quarter, year) => `${quarter}e kwartaal ${year}`,
  statsLocation: 'Locatie',
  statsAllLocations: 'Alle locaties samen',
  statsSummary: (visits, questions) => `${visits} bezoeken, ${questions} vragen`,
  statsVisits: 'Bezoeken',
  statsQuestions: 'Vragen',
  statsCategory: 'Soort',
  statsCount: 'Aantal',
  statsPerMonth: 'Per maand',
  statsPerLocation: 'Per locatie',
  statsQuestionType: 'Soort vraag',
  statsGovernmentLevel: 'Overheidslaag',
  statsOrganisation: 'Organisatie',
  statsTheme: 'Thema',
  statsHelp: 'Geboden hulp',
  statsReferralKind: 'Doorverwezen naar',
  statsReferralWarm: 'Warm doorverwezen',
  statsChannel: 'Contact via',
  statsReferralPartner: 'Doorverwezen naar partner',
  statsNotHelpedReason: 'Niet geholpen, omdat',
  statsFollowUp: 'Vervolgvragen',
  statsPlace: 'Waar geholpen',
  statsTimeOfDay: 'Drukke momenten (bezoeken per dagdeel)',
  statsWeekday: 'Dag',
  statsDayParts: { morning: 'Ochtend', afternoon: 'Middag', evening: 'Avond' },
  statsDayPartsNote: 'Ochtend: tot 12 uur. Middag: van 12 tot 18 uur. Avond: vanaf 18 uur.',
  statsLastYear: (period, visits, questions) =>
    `Een jaar eerder (${period}): ${visits} bezoeken, ${questions} vragen.`,
  statsTrend: (period, total, theme) => {
    const change = (p: number) => (p > 0 ? `${p} % meer` : p < 0 ? `${-p} % minder` : 'evenveel');
    const all = total === undefined ? undefined : change(total);
    if (theme)
      return `${change(theme.percent)} vragen over ${theme.name} dan een jaar eerder (${period})${all ? `; alle vragen samen: ${all}` : ''}.`;
    if (all)
      return total === 0
        ? `Evenveel vragen als een jaar eerder (${period}).`
        : `${all[0]!.toUpperCase()}${all.slice(1)} vragen dan een jaar eerder (${period}).`;
    return `Een jaar eerder (${period}) waren er te weinig vragen om het verschil in procenten te geven.`;
  },
  statsWarmShare: (warm, referred, percent) =>
    `${warm} van de ${referred} doorverwijzingen waren warm (${percent}%).`,
  statsWarmShareHidden:
    'Het deel warme doorverwijzingen kunnen we niet tonen: de aantallen zijn te klein.',
  statsWarm: 'Warm (contact gelegd voor de bezoeker)',
  statsNotWarm: 'Niet warm (alleen gegevens gegeven)',
  statsEmpty: 'In deze periode zijn geen of heel weinig vragen geregistreerd.',
  statsNone: 'Geen.',
  statsLessThan5: 'minder dan 5',
  statsHiddenX: 'verborgen',
  statsLegendTitle: 'Over deze aantallen',
  statsLegendNoise: (maxNoise) =>
    `Alle aantallen kunnen ${maxNoise === 1 ? '1' : maxNoise === 2 ? '1 of 2' : `1 tot ${maxNoise}`} afwijken van de echte telling, zodat niemand een bezoeker kan herkennen.`,
  statsLegendParts: 'Daarom tellen de delen niet altijd precies op tot het totaal.',
  statsLegendUnsettled: (date) =>
    `De verdeling per onderwerp ziet u vanaf ${date}: tot 14 dagen na afloop kunnen er nog bezoeken bij komen.`,
  statsChart: (title) => `Staafdiagram: ${title}`,
  statsCsv: 'Download CSV (landelijk formulier)',
  statsCsvDone: (file) => `Het bestand ${file} is gedownload.`,
  statsReport: 'Rapport voor de gemeente',
  statsReportHint: 'Kies een kwartaal of jaar voor het rapport.',
  statsBack: 'Terug naar de statistieken',
  statsPrint: 'Afdrukken of opslaan als PDF',
  statsReportTitle: 'Verantwoording Informatiepunt Digitale Overheid',
  statsReportFor: (scope, period) => `${scope}, ${period}`,
  statsReportDates: (from, to) => `Van ${from} tot en met ${to}.`,
  statsReportIntro: (visits, questions) =>
    `In deze periode kwamen ${visits} bezoekers met in totaal ${questions} vragen over de overheid en de bibliotheek. Wij hielpen hen zelf of verwezen hen door naar een partner.`,
  statsReportHours: 'Openingstijden in deze periode',
  statsReportHoursLine: (hours, days) => `${hours} uur open, verdeeld over ${days} dagen.`,
  statsReportHoursKindIdo: 'Spreekuur Informatiepunt',
  statsReportHoursKindLibrary: 'Open zolang de bibliotheek open is',
  statsReportClosed: 'Gesloten of andere tijden',
  statsReportMade: (date) => `Gemaakt op ${date} met IDO Kit. Er staan geen persoonsgegevens in.`,
  // The note retention is the server's default, 30 days.
  statsReportProtectionTitle: 'Zo beschermen we bezoekers',
  statsReportProtection:
    'Elk aantal in dit rapport wijkt een klein beetje af van de echte telling (hooguit 2), volgens de cell-key-methode van statistiekbureaus. Hetzelfde aantal krijgt altijd dezelfde afwijking: door cijfers van verschillende perioden, locaties of gemeenten van elkaar af te trekken is dus geen bezoeker te herkennen. De verdeling per onderwerp verschijnt pas 15 dagen na afloop van een periode, als er geen bezoeken meer bij kunnen komen. Notities bij een vraag staan nooit in een rapport of export, en worden na een bewaartermijn (standaard 30 dagen) gewist.',
};

export const statsEn: StatsStrings = {
  statsLabel: 'Information point statistics',
  statsEnrolTitle: 'Enrol this device',
  statsEnrolHelp:
    'Type the code your administrator gave you, or paste the report key. You do this once per device. A report code or report key gives read-only access.',
  statsEnrolCode: 'Code',
  statsEnrolSubmit: 'Enrol',
  statsEnrolRefused:
    'This code or key is wrong, has been used, revoked or has expired. Ask your administrator for a new one.',
  statsEnrolEmpty: 'Type the code first.',
  statsEnrolElsewhere:
    'The counts of this desk appear here once this device has been enrolled with the enrolment code.',
  statsRevoked: 'This device has been signed out. Ask your administrator for a new code.',
  statsSignOut: 'Sign out on this device',
  statsSignOutConfirm:
    'Sign out? This device can then no longer see statistics or register questions until someone types a new code.',
  statsSignOutYes: 'Yes, sign out',
  statsCancel: 'Cancel',
  statsScopeTitle: (kind, name) =>
    kind === 'municipality' ? `Statistics of the municipality of ${name}` : `Statistics of ${name}`,
  statsKind: 'Period',
  statsKindWeek: 'Week',
  statsKindMonth: 'Month',
  statsKindQuarter: 'Quarter',
  statsKindYear: 'Year',
  statsPrevious: 'Previous period',
  statsNext: 'Next period',
  statsWeekLabel: (week, year) => `week ${week} of ${year}`,
  statsQuarterLabel: (quarter, year) => `Q${quarter} ${year}`,
  statsLocation: 'Location',
  statsAllLocations: 'All locations together',
  statsSummary: (visits, questions) => `${visits} visits, ${questions} questions`,
  statsVisits: 'Visits',
  statsQuestions: 'Questions',
  statsCategory: 'Category',
  statsCount: 'Count',
  statsPerMonth: 'Per month',
  statsPerLocation: 'Per location',
  statsQuestionType: 'Type of question',
  statsGovernmentLevel: 'Level of government',
  statsOrganisation: 'Organisation',
  statsTheme: 'Theme',
  statsHelp: 'Help given',
  statsReferralKind: 'Referred to',
  statsReferralWarm: 'Warm referrals',
  statsChannel: 'Contact by',
  statsReferralPartner: 'Referred to partner',
  statsNotHelpedReason: 'Not helped, because',
  statsFollowUp: 'Follow-up questions',
  statsPlace: 'Where helped',
  statsTimeOfDay: 'Busy times (visits per part of the day)',
  statsWeekday: 'Day',
  statsDayParts: { morning: 'Morning', afternoon: 'Afternoon', evening: 'Evening' },
  statsDayPartsNote: 'Morning: before 12:00. Afternoon: 12:00 to 18:00. Evening: from 18:00.',
  statsLastYear: (period, visits, questions) =>
    `A year earlier (${period}): ${visits} visits, ${questions} questions.`,
  statsTrend: (period, total, theme) => {
    const change = (p: number) => (p > 0 ? `${p}% more` : p < 0 ? `${-p}% fewer` : 'as many');
    const all = total === undefined ? undefined : change(total);
    if (theme)
      return `${change(theme.percent)} questions about ${theme.name} than a year earlier (${period})${all ? `; all questions together: ${all}` : ''}.`;
    if (all)
      return total === 0
        ? `As many questions as a year earlier (${period}).`
        : `${all} questions than a year earlier (${period}).`;
    return `A year earlier (${period}) there were too few questions to give the change as a percentage.`;
  },
  statsWarmShare: (warm, referred, percent) =>
    `${warm} of the ${referred} referrals were warm (${percent}%).`,
  statsWarmShareHidden: 'The share of warm referrals cannot be shown: the numbers are too small.',
  statsWarm: 'Warm (contact made for the visitor)',
  statsNotWarm: 'Not warm (details given only)',
  statsEmpty: 'No or very few questions were registered in this period.',
  statsNone: 'None.',
  statsLessThan5: 'fewer than 5',
  statsHiddenX: 'hidden',
  statsLegendTitle: 'About these numbers',
  statsLegendNoise: (maxNoise) =>
    `Every number may differ from the real count by ${maxNoise === 1 ? '1' : maxNoise === 2 ? '1 or 2' : `1 to ${maxNoise}`}, so that no one can recognise a visitor.`,
  statsLegendParts: 'So the parts do not always add up exactly to the total.',
  statsLegendUnsettled: (date) =>
    `The breakdown by category is shown from ${date}: visits can still be added up to 14 days afterwards.`,
  statsChart: (title) => `Bar chart: ${title}`,
  statsCsv: 'Download CSV (national form)',
  statsCsvDone: (file) => `The file ${file} has been downloaded.`,
  statsReport: 'Report for the municipality',
  statsReportHint: 'Choose a quarter or a year for the report.',
  statsBack: 'Back to the statistics',
  statsPrint: 'Print or save as PDF',
  statsReportTitle: 'Digital Government Information Point: report',
  statsReportFor: (scope, period) => `${scope}, ${period}`,
  statsReportDates: (from, to) => `From ${from} to ${to} inclusive.`,
  statsReportIntro: (visits, questions) =>
    `In this period ${visits} visitors came with ${questions} questions in all about the government and the library. We helped them ourselves or referred them to a partner.`,
  statsReportHours: 'Opening hours in this period',
  statsReportHoursLine: (hours, days) => `${hours} hours open, over ${days} days.`,
  statsReportHoursKindIdo: 'Information point consultation hours',
  statsReportHoursKindLibrary: 'Open whenever the library is open',
  statsReportClosed: 'Closed or other hours',
  statsReportMade: (date) => `Made on ${date} with IDO Kit. It contains no personal data.`,
  statsReportProtectionTitle: 'How we protect visitors',
  statsReportProtection:
    'Every number in this report differs a little from the real count (by at most 2), following the cell-key method of statistics offices. The same number always gets the same difference, so subtracting figures of different periods, locations or municipalities from each other does not reveal a visitor. The breakdown by category appears 15 days after a period ends, when no more visits can be added. Notes on a question are never in a report or export, and are deleted after a retention period (30 days by default).',
};
