/**
 * Text of the coordinator's desks and report keys panel (`ido-coordinator-keys`), Dutch (B1) and
 * English. Keys start with `ckey`.
 */
export interface KeysStrings {
  ckeyDesks: string;
  ckeyDesksIntro: string;
  ckeyNoDesks: string;
  ckeyLabel: string;
  ckeyLocation: string;
  ckeyLastUsed: string;
  ckeyNeverUsed: string;
  ckeyStatus: string;
  ckeyActive: string;
  ckeyRevoked: (date: string) => string;
  ckeyActions: string;
  ckeyRevokeDesk: (label: string) => string;
  ckeyRevokeDeskConfirm: (label: string) => string;
  ckeyRevokeKey: (label: string) => string;
  ckeyRevokeKeyConfirm: (label: string) => string;
  ckeyRevokeYes: string;
  ckeyCancel: string;
  ckeyNewDesk: string;
  ckeyDeskLabelHint: string;
  ckeyCreateCode: string;
  ckeyDeskRevoked: (label: string) => string;
  ckeyReports: string;
  ckeyReportsIntro: string;
  ckeyNoReports: string;
  ckeyFor: string;
  ckeyKind: string;
  ckeyKindOrganisation: (name: string) => string;
  ckeyKindMunicipality: string;
  ckeyMunicipality: string;
  ckeyReportLabelHint: string;
  ckeyNewReport: string;
  ckeyKeyRevoked: (label: string) => string;
  ckeyCodeTitle: string;
  ckeyCodeValid: (until: string) => string;
  ckeyDeskCodeHelp: (label: string, location: string) => string;
  ckeyReportCodeHelp: (name: string) => string;
  ckeyCodeOnce: string;
  ckeyClose: string;
  ckeyUnnamed: string;
}

export const keysNl: KeysStrings = {
  ckeyDesks: 'Balies',
  ckeyDesksIntro:
    'Een balie is een computer waarop medewerkers vragen registreren. Is een computer kwijt of gestolen? Trek de balie dan meteen in.',
  ckeyNoDesks: 'Er zijn nog geen balies.',
  ckeyLabel: 'Naam',
  ckeyLocation: 'Locatie',
  ckeyLastUsed: 'Laatst gebruikt',
  ckeyNeverUsed: 'Nog niet',
  ckeyStatus: 'Status',
  ckeyActive: 'Actief',
  ckeyRevoked: (date) => `Ingetrokken op ${date}`,
  ckeyActions: 'Acties',
  ckeyRevokeDesk: (label) => `${label} intrekken`,
  ckeyRevokeDeskConfirm: (label) =>
    `Weet u zeker dat u ${label} wilt intrekken? De balie kan daarna niets meer registreren.`,
  ckeyRevokeKey: (label) => `${label} intrekken`,
  ckeyRevokeKeyConfirm: (label) =>
    `Weet u zeker dat u ${label} wilt intrekken? De statistieken zijn daarmee niet meer te zien.`,
  ckeyRevokeYes: 'Ja, intrekken',
  ckeyCancel: 'Annuleren',
  ckeyNewDesk: 'Nieuwe balie',
  ckeyDeskLabelHint: 'Een naam voor de computer, zoals: Balie 1. Geen naam van een persoon.',
  ckeyCreateCode: 'Code maken',
  ckeyDeskRevoked: (label) => `${label} is ingetrokken.`,
  ckeyReports: 'Rapportsleutels',
  ckeyReportsIntro:
    'Met een rapportsleutel kan iemand de statistieken bekijken, bijvoorbeeld de gemeente. Alleen lezen, geen registraties.',
  ckeyNoReports: 'Er zijn nog geen rapportsleutels.',
  ckeyFor: 'Voor',
  ckeyKind: 'Statistieken van',
  ckeyKindOrganisation: (name) => `De hele organisatie (${name})`,
  ckeyKindMunicipality: 'Een gemeente',
  ckeyMunicipality: 'Gemeente',
  ckeyReportLabelHint: 'Voor wie de sleutel is, zoals: Gemeente Zwolle. Geen naam van een persoon.',
  ckeyNewReport: 'Nieuwe rapportsleutel',
  ckeyKeyRevoked: (label) => `${label} is ingetrokken.`,
  ckeyCodeTitle: 'De code',
  ckeyCodeValid: (until) => `Geldig tot ${until}. De code werkt één keer.`,
  ckeyDeskCodeHelp: (label, location) =>
    `Open op de computer van ${label} (${location}) het registratieformulier en typ deze code in. Daarna kan de balie vragen registreren.`,
  ckeyReportCodeHelp: (name) =>
    `Geef deze code aan wie de statistieken van ${name} mag zien. Die typt de code in bij de statistieken.`,
  ckeyCodeOnce: 'Schrijf de code nu over. Na het sluiten is hij hier niet meer te zien.',
  ckeyClose: 'Sluiten',
  ckeyUnnamed: 'Zonder naam',
};

export const keysEn: KeysStrings = {
  ckeyDesks: 'Desks',
  ckeyDesksIntro:
    'A desk is a computer on which staff register questions. Is a computer lost or stolen? Revoke the desk at once.',
  ckeyNoDesks: 'There are no desks yet.',
  ckeyLabel: 'Name',
  ckeyLocation: 'Location',
  ckeyLastUsed: 'Last used',
  ckeyNeverUsed: 'Not yet',
  ckeyStatus: 'Status',
  ckeyActive: 'Active',
  ckeyRevoked: (date) => `Revoked on ${date}`,
  ckeyActions: 'Actions',
  ckeyRevokeDesk: (label) => `Revoke ${label}`,
  ckeyRevokeDeskConfirm: (label) =>
    `Are you sure you want to revoke ${label}? The desk can no longer register anything.`,
  ckeyRevokeKey: (label) => `Revoke ${label}`,
  ckeyRevokeKeyConfirm: (label) =>
    `Are you sure you want to revoke ${label}? The statistics can no longer be seen with it.`,
  ckeyRevokeYes: 'Yes, revoke',
  ckeyCancel: 'Cancel',
  ckeyNewDesk: 'New desk',
  ckeyDeskLabelHint: 'A name for the computer, such as: Desk 1. Not a person’s name.',
  ckeyCreateCode: 'Make a code',
  ckeyDeskRevoked: (label) => `${label} has been revoked.`,
  ckeyReports: 'Report keys',
  ckeyReportsIntro:
    'With a report key someone can see the statistics, for example the municipality. Read only, no registrations.',
  ckeyNoReports: 'There are no report keys yet.',
  ckeyFor: 'For',
  ckeyKind: 'Statistics of',
  ckeyKindOrganisation: (name) => `The whole organisation (${name})`,
  ckeyKindMunicipality: 'A municipality',
  ckeyMunicipality: 'Municipality',
  ckeyReportLabelHint: 'Who the key is for, such as: Municipality of Zwolle. Not a person’s name.',
  ckeyNewReport: 'New report key',
  ckeyKeyRevoked: (label) => `${label} has been revoked.`,
  ckeyCodeTitle: 'The code',
  ckeyCodeValid: (until) => `Valid until ${until}. The code works once.`,
  ckeyDeskCodeHelp: (label, location) =>
    `On the computer of ${label} (${location}), open the registration form and type in this code. The desk can then register questions.`,
  ckeyReportCodeHelp: (name) =>
    `Give this code to whoever may see the statistics of ${name}. They type it in at the statistics.`,
  ckeyCodeOnce: 'Copy the code now. Once closed, it cannot be seen here again.',
  ckeyClose: 'Close',
  ckeyUnnamed: 'Unnamed',
};
