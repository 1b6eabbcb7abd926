/**
 * Text of the coordinator's import and export panel (`ido-coordinator-exchange`), Dutch (B1) and
 * English. Keys start with `cex`.
 */
export interface ExchangeStrings {
  cexExportTitle: string;
  cexExportIntro: string;
  cexExportLocations: string;
  cexExportPartners: string;
  cexExportHsds: string;
  cexHsdsHelp: string;
  cexDownloaded: (file: string) => string;
  cexImportTitle: string;
  cexImportIntro: string;
  cexKind: string;
  cexKindLocations: string;
  cexKindPartners: string;
  cexFile: string;
  cexCheck: string;
  cexChecking: string;
  cexApply: string;
  cexApplying: string;
  cexNoFile: string;
  cexErrors: (count: number) => string;
  cexRow: string;
  cexColumn: string;
  cexMessage: string;
  cexWholeRow: string;
  /** In the row column, for a problem of the whole file (row 0). */
  cexWholeFile: string;
  cexDryRunOk: (created: number, updated: number) => string;
  cexApplied: (created: number, updated: number) => string;
  cexCancel: string;
  /** File name stems: "ido-locaties", "ido-partners", "ido-hsds". */
  cexFileLocations: string;
  cexFilePartners: string;
  cexFileHsds: string;
}

export const exchangeNl: ExchangeStrings = {
  cexExportTitle: 'Exporteren',
  cexExportIntro:
    'Download de gegevens van uw organisatie, bijvoorbeeld om ze in een spreadsheet te bekijken.',
  cexExportLocations: 'Locaties downloaden (CSV)',
  cexExportPartners: 'Partners downloaden (CSV)',
  cexExportHsds: 'Sociale kaart downloaden (HSDS 3, JSON)',
  cexHsdsHelp: 'Open Referral HSDS 3, voor een sociale kaart.',
  cexDownloaded: (file) => `${file} is gedownload.`,
  cexImportTitle: 'Importeren uit CSV',
  cexImportIntro:
    'Eerst controleert de server het bestand. U ziet dan de fouten per rij en kolom. Pas als alles goed is, kunt u importeren. Alles gaat in één keer, of niets.',
  cexKind: 'Wat importeert u?',
  cexKindLocations: 'Locaties',
  cexKindPartners: 'Partners',
  cexFile: 'CSV-bestand',
  cexCheck: 'Controleren',
  cexChecking: 'Bezig met controleren…',
  cexApply: 'Importeren',
  cexApplying: 'Bezig met importeren…',
  cexNoFile: 'Kies eerst een bestand.',
  cexErrors: (count) =>
    count === 1
      ? 'Er is 1 fout in het bestand. Er is niets geïmporteerd.'
      : `Er zijn ${count} fouten in het bestand. Er is niets geïmporteerd.`,
  cexRow: 'Rij',
  cexColumn: 'Kolom',
  cexMessage: 'Fout',
  cexWholeRow: 'Hele rij',
  cexWholeFile: 'Hele bestand',
  cexDryRunOk: (created, updated) =>
    `Het bestand is in orde: ${created} nieuw, ${updated} gewijzigd. Klik op "Importeren" om het op te slaan.`,
  cexApplied: (created, updated) => `Geïmporteerd: ${created} nieuw, ${updated} gewijzigd.`,
  cexCancel: 'Annuleren',
  cexFileLocations: 'ido-locaties',
  cexFilePartners: 'ido-partners',
  cexFileHsds: 'ido-sociale-kaart-hsds',
};

export const exchangeEn: ExchangeStrings = {
  cexExportTitle: 'Export',
  cexExportIntro: 'Download your organisation’s data, for example to look at it in a spreadsheet.',
  cexExportLocations: 'Download locations (CSV)',
  cexExportPartners: 'Download partners (CSV)',
  cexExportHsds: 'Download for a social map (HSDS 3, JSON)',
  cexHsdsHelp: 'Open Referral HSDS 3, for a social map.',
  cexDownloaded: (file) => `${file} has been downloaded.`,
  cexImportTitle: 'Import from CSV',
  cexImportIntro:
    'First the server checks the file. You then see the errors by row and column. Only when everything is right can you import. Everything goes in at once, or nothing.',
  cexKind: 'What are you importing?',
  cexKindLocations: 'Locations',
  cexKindPartners: 'Partners',
  cexFile: 'CSV file',
  cexCheck: 'Check',
  cexChecking: 'Checking…',
  cexApply: 'Import',
  cexApplying: 'Importing…',
  cexNoFile: 'Choose a file first.',
  cexErrors: (count) =>
    count === 1
      ? 'There is 1 error in the file. Nothing was imported.'
      : `There are ${count} errors in the file. Nothing was imported.`,
  cexRow: 'Row',
  cexColumn: 'Column',
  cexMessage: 'Error',
  cexWholeRow: 'Whole row',
  cexWholeFile: 'Whole file',
  cexDryRunOk: (created, updated) =>
    `The file is fine: ${created} new, ${updated} changed. Click "Import" to save it.`,
  cexApplied: (created, updated) => `Imported: ${created} new, ${updated} changed.`,
  cexCancel: 'Cancel',
  cexFileLocations: 'ido-locations',
  cexFilePartners: 'ido-partners',
  cexFileHsds: 'ido-social-map-hsds',
};
