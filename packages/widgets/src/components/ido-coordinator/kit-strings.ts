/**
 * The words of the coordinator's shared form kit (`form-kit.ts`, `conflict-view.ts`): the shell
 * and every panel speak them. Keys start with `coordKit`; Dutch is plain B1 language.
 */
export interface CoordinatorKitStrings {
  /** Heading of the error summary above a form. */
  coordKitSummaryHeading: (count: number) => string;
  /** After a label: the field must be filled in. */
  coordKitRequired: string;
  /** A field the server refused without a message of its own. */
  coordKitInvalid: string;
  /** Heading of the conflict view. */
  coordKitConflictHeading: string;
  /** What happened, when someone else changed the document. */
  coordKitConflictChanged: string;
  /** What happened, when someone else deleted the document. */
  coordKitConflictDeleted: string;
  /** Caption of the table of differences. */
  coordKitConflictCaption: string;
  /** Column heading: the field. */
  coordKitConflictField: string;
  /** Column heading: the coordinator's own version. */
  coordKitConflictMine: string;
  /** Column heading: the version on the server. */
  coordKitConflictTheirs: string;
  /** A field without a value. */
  coordKitEmpty: string;
  /** Saves the coordinator's version over the server's. */
  coordKitKeepMine: string;
  /** Drops the coordinator's version and takes the server's. */
  coordKitTakeTheirs: string;
  /** The versions differ only in fields the view does not name. */
  coordKitConflictOther: string;
}

export const coordinatorKitNl: CoordinatorKitStrings = {
  coordKitSummaryHeading: (count) =>
    count === 1
      ? 'Er is 1 fout. Verbeter deze eerst.'
      : `Er zijn ${count} fouten. Verbeter deze eerst.`,
  coordKitRequired: '(verplicht)',
  coordKitInvalid: 'Dit klopt niet. Kijk het na.',
  coordKitConflictHeading: 'Iemand anders heeft dit ook veranderd',
  coordKitConflictChanged:
    'Iemand anders heeft dit opgeslagen terwijl u het aanpaste. Er is niets overschreven. Kies welke versie blijft.',
  coordKitConflictDeleted:
    'Iemand anders heeft dit verwijderd terwijl u het aanpaste. Er is niets overschreven.',
  coordKitConflictCaption: 'Wat er verschilt',
  coordKitConflictField: 'Veld',
  coordKitConflictMine: 'Uw versie',
  coordKitConflictTheirs: 'Versie op de server',
  coordKitEmpty: '(leeg)',
  coordKitKeepMine: 'Mijn versie toch opslaan',
  coordKitTakeTheirs: 'Versie van de server overnemen',
  coordKitConflictOther: 'Andere velden',
};

export const coordinatorKitEn: CoordinatorKitStrings = {
  coordKitSummaryHeading: (count) =>
    count === 1
      ? 'There is 1 error. Please correct it first.'
      : `There are ${count} errors. Please correct them first.`,
  coordKitRequired: '(required)',
  coordKitInvalid: 'This is not right. Please check it.',
  coordKitConflictHeading: 'Someone else changed this too',
  coordKitConflictChanged:
    'Someone else saved this while you were editing it. Nothing was overwritten. Choose which version stays.',
  coordKitConflictDeleted:
    'Someone else deleted this while you were editing it. Nothing was overwritten.',
  coordKitConflictCaption: 'What differs',
  coordKitConflictField: 'Field',
  coordKitConflictMine: 'Your version',
  coordKitConflictTheirs: 'Version on the server',
  coordKitEmpty: '(empty)',
  coordKitKeepMine: 'Save my version anyway',
  coordKitTakeTheirs: 'Take the server’s version',
  coordKitConflictOther: 'Other fields',
};
