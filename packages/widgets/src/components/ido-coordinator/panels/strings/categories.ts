/**
 * Text of the coordinator's categories panel (`ido-coordinator-categories`), Dutch (B1) and
 * English. Keys start with `ccat`. The categories' own names come from the file (nl and en).
 */
export interface CategoriesStrings {
  ccatIntro: string;
  ccatVersion: (version: string) => string;
  ccatValidFrom: (date: string) => string;
  ccatSource: string;
  ccatLists: Record<
    | 'questionTypes'
    | 'governmentLevels'
    | 'organisations'
    | 'themes'
    | 'help'
    | 'notHelpedReasons'
    | 'partnerKinds'
    | 'channels',
    string
  >;
  ccatCount: (count: number) => string;
  ccatId: string;
  ccatDutch: string;
  ccatEnglish: string;
  ccatNoRight: string;
  ccatImportTitle: string;
  ccatImportHelp: string;
  ccatFile: string;
  ccatImport: string;
  ccatImporting: string;
  ccatNoFile: string;
  ccatNotJson: string;
  ccatProblems: (count: number) => string;
  ccatImported: (version: string, validFrom: string) => string;
  ccatUnchanged: (version: string) => string;
  ccatAdded: string;
  ccatRemoved: string;
  ccatRenamed: string;
  ccatNoChanges: string;
}

export const categoriesNl: CategoriesStrings = {
  ccatIntro:
    'De landelijke categorieën van het registratieformulier: onderwerpen, organisaties, hulp, redenen en kanalen. Deze gelden nu.',
  ccatVersion: (version) => `Versie ${version}`,
  ccatValidFrom: (date) => `Geldig vanaf ${date}`,
  ccatSource: 'Bron',
  ccatLists: {
    questionTypes: 'Soorten vragen',
    governmentLevels: 'Overheidslagen',
    organisations: 'Organisaties',
    themes: 'Onderwerpen',
    help: 'Geboden hulp',
    notHelpedReasons: 'Redenen als niet geholpen',
    partnerKinds: 'Doorverwezen naar',
    channels: 'Kanalen',
  },
  ccatCount: (count) => (count === 1 ? '1 categorie' : `${count} categorieën`),
  ccatId: 'Code',
  ccatDutch: 'Nederlands',
  ccatEnglish: 'Engels',
  ccatNoRight:
    'De landelijke categorieën gelden voor de hele server, niet voor één organisatie. Alleen de beheerder van de server, of een coördinator met een code voor categorieën, kan een nieuwe versie importeren.',
  ccatImportTitle: 'Nieuwe versie importeren',
  ccatImportHelp:
    'Kies een bestand met categorieën (JSON). De server controleert het eerst. Bij een fout verandert er niets.',
  ccatFile: 'Bestand met categorieën',
  ccatImport: 'Importeren',
  ccatImporting: 'Bezig met importeren…',
  ccatNoFile: 'Kies eerst een bestand.',
  ccatNotJson: 'Dit bestand is geen JSON. Kies een bestand met categorieën.',
  ccatProblems: (count) =>
    count === 1
      ? 'De server heeft 1 probleem gevonden. Er is niets veranderd:'
      : `De server heeft ${count} problemen gevonden. Er is niets veranderd:`,
  ccatImported: (version, validFrom) =>
    `Versie ${version} is geïmporteerd. Geldig vanaf ${validFrom}.`,
  ccatUnchanged: (version) => `Versie ${version} was al geïmporteerd. Er is niets veranderd.`,
  ccatAdded: 'Nieuw',
  ccatRemoved: 'Weg',
  ccatRenamed: 'Nieuwe code',
  ccatNoChanges: 'Geen codes veranderd.',
};

export const categoriesEn: CategoriesStrings = {
  ccatIntro:
    'The national categories of the registration form: topics, organisations, help, reasons and channels. These are in force now.',
  ccatVersion: (version) => `Version ${version}`,
  ccatValidFrom: (date) => `Valid from ${date}`,
  ccatSource: 'Source',
  ccatLists: {
    questionTypes: 'Kinds of question',
    governmentLevels: 'Levels of government',
    organisations: 'Organisations',
    themes: 'Topics',
    help: 'Help given',
    notHelpedReasons: 'Reasons when not helped',
    partnerKinds: 'Referred to',
    channels: 'Channels',
  },
  ccatCount: (count) => (count === 1 ? '1 category' : `${count} categories`),
  ccatId: 'Code',
  ccatDutch: 'Dutch',
  ccatEnglish: 'English',
  ccatNoRight:
    'The national categories are the whole server’s, not one organisation’s. Only the server’s administrator, or a coordinator with a categories code, can import a new version.',
  ccatImportTitle: 'Import a new version',
  ccatImportHelp:
    'Choose a categories file (JSON). The server checks it first. If anything is wrong, nothing changes.',
  ccatFile: 'Categories file',
  ccatImport: 'Import',
  ccatImporting: 'Importing…',
  ccatNoFile: 'Choose a file first.',
  ccatNotJson: 'This file is not JSON. Choose a categories file.',
  ccatProblems: (count) =>
    count === 1
      ? 'The server found 1 problem. Nothing has changed:'
      : `The server found ${count} problems. Nothing has changed:`,
  ccatImported: (version, validFrom) =>
    `Version ${version} has been imported. Valid from ${validFrom}.`,
  ccatUnchanged: (version) => `Version ${version} was imported before. Nothing has changed.`,
  ccatAdded: 'New',
  ccatRemoved: 'Gone',
  ccatRenamed: 'New code',
  ccatNoChanges: 'No codes changed.',
};
