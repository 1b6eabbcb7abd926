/**
 * Text of <ido-question-form>, in the languages it speaks (Dutch and English). Keys start with
 * `form`; Dutch is plain B1 language for staff at a busy desk, English complete.
 * Category names (themes, organisations, help …) come from the taxonomy, never from here.
 */
export interface QuestionFormStrings {
  /** Accessible name of the element's region. */
  formLabel: string;
  /** Heading of the enrolment step. */
  formEnrolHeading: string;
  /** What to do on a device that is not enrolled. */
  formEnrolIntro: string;
  /** Label of the code field. */
  formEnrolCodeLabel: string;
  /** Hint under the code field. */
  formEnrolCodeHint: string;
  /** The enrol button. */
  formEnrolButton: string;
  /** Announced while the code is checked. */
  formEnrolBusy: string;
  /** The field is empty. */
  formEnrolEmpty: string;
  /** The code does not look like a code. */
  formEnrolMalformed: string;
  /** The server refused the code (unknown, used or expired). */
  formEnrolRefused: string;
  /** Too many attempts. */
  formEnrolRateLimited: string;
  /** Label of the desk's name field. */
  formEnrolDeskLabel: string;
  /** Hint under the desk's name field (what it is for, and what an empty one becomes). */
  formEnrolDeskHint: string;
  /** The desk's name is longer than `max` characters. */
  formEnrolDeskTooLong: (max: number) => string;
  /** The server found personal data in the desk's name. */
  formEnrolDeskPersonal: string;
  /** Announced after enrolment. */
  formEnrolled: (location: string) => string;
  /** The token was revoked or has expired (401). */
  formRevoked: string;
  /** Registrations kept while the device is not enrolled. */
  formKeptWhileRevoked: (count: number) => string;
  /** A session that may read reports but not register (no location). */
  formCannotRegister: string;
  /** "Registreert voor" + location name, and the desk's name when it has one. */
  formRegistersFor: (location: string, desk?: string) => string;
  /** The button that forgets this device's token. */
  formForget: string;
  /** Confirmation question for forgetting. */
  formForgetConfirm: string;
  /** Extra warning when registrations are still waiting. */
  formForgetWaiting: (count: number) => string;
  /** Confirm forgetting. */
  formForgetYes: string;
  /** Cancel a confirmation. */
  formCancel: string;
  /** Shown on the confirm button while the device is being forgotten. */
  formForgetBusy: string;
  /** Announced after forgetting: the server revoked the token too. */
  formForgotten: string;
  /**
   * Announced and shown after forgetting when the server could not be told: what the coordinator
   * should do, naming the desk when its name is known.
   */
  formForgottenNotTold: (desk: string | undefined) => string;
  /** The "same as last visit" button. */
  formSameAsLast: string;
  /** The "correct the last registration" button (a superseding correction). */
  formCorrectLast: string;
  /** Banner while correcting the last registration. */
  formCorrecting: (time: string) => string;
  /** Banner while correcting a registration that was held aside. */
  formCorrectingHeld: (time: string) => string;
  /** Stop correcting. */
  formStopCorrecting: string;
  /** Legend of one question. */
  formQuestionLegend: (n: number, of: number) => string;
  /** Add a question to the visit. */
  formAddQuestion: string;
  /** Remove one question. */
  formRemoveQuestion: (n: number) => string;
  /** Announced after adding or removing a question. */
  formQuestionCount: (count: number) => string;
  /** Field labels. */
  formType: string;
  formThemes: string;
  formThemesHint: string;
  formOrganisations: string;
  formOrganisationsHint: string;
  formLevel: string;
  formLevelNone: string;
  formHelp: string;
  formReferralTarget: string;
  formReferralChoose: string;
  formReferralPartners: (municipality: string) => string;
  formReferralKinds: string;
  formWarm: string;
  formWarmHint: string;
  formNotHelpedReason: string;
  formChannel: string;
  formDuration: string;
  formDurationOption: (minutes: number, last: boolean) => string;
  formVisit: string;
  formNote: string;
  formNoteHint: string;
  formNoteCount: (used: number, max: number) => string;
  /** The privacy guard's finding: kinds are named by the SDK's `describePersonalData`. */
  formNotePersonalData: (kinds: string) => string;
  /** The note with the finding highlighted, introduced. */
  formNoteFound: string;
  /** Button that removes the findings from the note. */
  formNoteRemoveFindings: string;
  /** A likely name in the note: a warning, registering still works. */
  formNoteNameWarning: string;
  /** Type-ahead: the remove button of a chosen item. */
  formRemoveChoice: (label: string) => string;
  /** Type-ahead: nothing matches. */
  formNoMatch: (query: string) => string;
  /** Type-ahead: how many options, announced. */
  formMatches: (count: number) => string;
  /** Type-ahead: announced after choosing or removing. */
  formChosen: (label: string) => string;
  formRemoved: (label: string) => string;
  /** Submit. */
  formSubmit: string;
  formSubmitCorrection: string;
  /** Error summary heading. */
  formErrorSummary: string;
  /** Validation messages. */
  formErrorThemes: (n: number) => string;
  formErrorReferral: (n: number) => string;
  formErrorReason: (n: number) => string;
  formErrorNote: string;
  /** After submitting: stored and (being) sent; `summary` names what was stored. */
  formRecorded: (summary: string) => string;
  /** After submitting while offline: kept on this device; `summary` names what was stored. */
  formRecordedOffline: (summary: string) => string;
  /** Announced after "same as last": the whole visit is filled in again. */
  formSameAsLastFilled: (summary: string) => string;
  /** Storing failed while the next visit was already being typed: the failed one, kept aside. */
  formUnstored: (summary: string) => string;
  /** Try to store the kept-aside visit again. */
  formUnstoredRetry: string;
  /** Put the kept-aside visit back in the form (replacing what is typed there). */
  formUnstoredRestore: string;
  /** The desk's settings (a disclosure in the session line). */
  formSettings: string;
  formSettingsChannel: string;
  formSettingsChannelHint: string;
  /** Announced and shown in the session line: the channel new visits start with. */
  formSettingsSaved: (channel: string) => string;
  formDefaultChannel: (channel: string) => string;
  /** Registering afterwards: the disclosure and its fields. */
  formAfterwards: string;
  formAfterwardsOpen: (summary: string) => string;
  formWhenDate: string;
  formWhenDateHint: (days: number) => string;
  formWhenHour: string;
  formPlace: string;
  formPlaceHere: (location: string) => string;
  formPlaceOutreach: string;
  formPlaceName: string;
  formPlaceNameHint: string;
  formOtherLocations: string;
  /** Group of the place choice: the location's outreach sessions on the visit's date (issue 21). */
  formPlaceSessions: string;
  /** One session in that group: its place and times ("Buurthuis De Kroon, 10:00–12:00"). */
  formPlaceSession: (name: string, opens: string, closes: string) => string;
  /** The choice to type the name of another place outside the library, when sessions are offered. */
  formPlaceOtherOutreach: string;
  formErrorWhen: (days: number) => string;
  formErrorPlaceName: string;
  formErrorPlacePersonal: string;
  /** Banner while correcting one of today's visits. */
  formCorrectingToday: (summary: string) => string;
  /** Today's visits. */
  formTodayHeading: (count: number) => string;
  formTodayIntro: string;
  formTodaySent: string;
  formTodayWaiting: string;
  formTodayHeldState: string;
  formTodayWithdrawn: string;
  formTodayCorrect: string;
  formTodayWithdraw: string;
  formTodayWithdrawConfirm: string;
  formTodayWithdrawYes: string;
  formTodayWithdrawnDone: string;
  formTodayEmpty: string;
  /** Part of a summary: a referral, warm or not. */
  formSummaryReferred: (to: string, warm: boolean) => string;
  /** Part of a summary: an earlier day or hour. */
  formSummaryWhen: (when: string) => string;
  /** Part of a summary: an outreach session. */
  formSummaryOutreach: (name: string) => string;
  /** After submitting. */
  formSent: string;
  formQueued: string;
  formHeldNow: string;
  /**
   * Storing the registration on this device failed (storage full or blocked): nothing was kept,
   * the form still holds it.
   */
  formStoreFailed: string;
  /** The outbox badge. */
  formWaiting: (count: number) => string;
  /** Send now (flush). */
  formSendNow: string;
  /** The held-aside list. */
  formHeldHeading: (count: number) => string;
  formHeldIntro: string;
  formHeldVisit: (date: string, hour: string) => string;
  formHeldReasonOtherLocation: (location: string) => string;
  formHeldReasonUnauthorized: string;
  formHeldReasonPersonalData: (kinds: string) => string;
  formHeldReasonInvalid: string;
  formHeldReasonOther: (status: string) => string;
  formHeldCorrect: string;
  formHeldDiscard: string;
  formHeldDiscardConfirm: string;
  formHeldDiscardYes: string;
  formHeldDiscarded: string;
  /** Enter as keyboard hint. */
  formEnterHint: string;
}

export const questionFormNl: QuestionFormStrings = {
  formLabel: 'Vraag registreren',
  formEnrolHeading: 'Dit apparaat aanmelden',
  formEnrolIntro:
    'Op dit apparaat kunt u nog geen vragen registreren. Vul de aanmeldcode in die u van uw beheerder kreeg. Dat hoeft maar één keer.',
  formEnrolCodeLabel: 'Aanmeldcode',
  formEnrolCodeHint: 'Bijvoorbeeld 7KQ2-M9XD. Hoofdletters en streepje zijn niet nodig.',
  formEnrolButton: 'Aanmelden',
  formEnrolBusy: 'De code wordt gecontroleerd…',
  formEnrolEmpty: 'Vul de aanmeldcode in.',
  formEnrolMalformed: 'Dit is geen aanmeldcode. Een code ziet er zo uit: 7KQ2-M9XD.',
  formEnrolRefused:
    'Deze code klopt niet, is al gebruikt of is verlopen. Controleer de code of vraag een nieuwe code.',
  formEnrolRateLimited: 'Te veel pogingen. Wacht even en probeer het dan opnieuw.',
  formEnrolDeskLabel: 'Naam van deze balie (mag leeg blijven)',
  formEnrolDeskHint:
    'Bijvoorbeeld Balie 1. Zo ziet uw beheerder welk apparaat dit is. Laat u het leeg, dan krijgt het de naam van uw locatie met een nummer.',
  formEnrolDeskTooLong: (max) => `Gebruik hooguit ${max} tekens, bijvoorbeeld Balie 1.`,
  formEnrolDeskPersonal:
    'Zet geen naam, telefoonnummer of ander persoonsgegeven in de naam van de balie. Bijvoorbeeld Balie 1 is goed.',
  formEnrolled: (location) => `Dit apparaat is aangemeld. U registreert voor ${location}.`,
  formRevoked: 'Dit apparaat is afgemeld. Vraag een nieuwe code.',
  formKeptWhileRevoked: (count) =>
    count === 1
      ? '1 registratie blijft bewaard. Die wordt verzonden als u dit apparaat weer aanmeldt voor dezelfde locatie.'
      : `${count} registraties blijven bewaard. Die worden verzonden als u dit apparaat weer aanmeldt voor dezelfde locatie.`,
  formCannotRegister:
    'Dit apparaat is aangemeld om overzichten te bekijken, niet om vragen te registreren. Vraag een code voor uw locatie.',
  formRegistersFor: (location, desk) =>
    desk ? `U registreert voor ${location} (${desk}).` : `U registreert voor ${location}.`,
  formForget: 'Dit apparaat vergeten',
  formForgetConfirm:
    'Weet u het zeker? Daarna kunt u op dit apparaat pas weer registreren met een nieuwe code.',
  formForgetWaiting: (count) =>
    count === 1
      ? 'Er wacht nog 1 registratie. Die wordt eerst verstuurd. Lukt dat niet, dan blijft die bewaard tot dit apparaat weer wordt aangemeld voor deze locatie.'
      : `Er wachten nog ${count} registraties. Die worden eerst verstuurd. Lukt dat niet, dan blijven ze bewaard tot dit apparaat weer wordt aangemeld voor deze locatie.`,
  formForgetYes: 'Ja, vergeten',
  formCancel: 'Annuleren',
  formForgetBusy: 'Bezig met afmelden…',
  formForgotten: 'Dit apparaat is vergeten en afgemeld bij de server.',
  formForgottenNotTold: (desk) =>
    `Dit apparaat is hier vergeten, maar de server kon niet worden bereikt. Daar is het nog niet afgemeld. Vraag uw beheerder om ${desk ? `het apparaat ${desk}` : 'dit apparaat'} in te trekken.`,
  formSameAsLast: 'Zelfde als vorige',
  formCorrectLast: 'Vorige corrigeren',
  formCorrecting: (time) =>
    `U corrigeert de registratie van ${time}. De nieuwe vervangt de oude in de telling.`,
  formCorrectingHeld: (time) => `U verbetert de apart gezette registratie van ${time}.`,
  formStopCorrecting: 'Stoppen met corrigeren',
  formQuestionLegend: (n, of) => (of === 1 ? 'Vraag' : `Vraag ${n} van ${of}`),
  formAddQuestion: 'Nog een vraag',
  formRemoveQuestion: (n) => `Vraag ${n} weghalen`,
  formQuestionCount: (count) => (count === 1 ? '1 vraag' : `${count} vragen`),
  formType: 'Soort vraag',
  formThemes: 'Onderwerp',
  formThemesHint: 'Typ een deel van het woord en druk op Enter.',
  formOrganisations: 'Organisatie',
  formOrganisationsHint: 'Typ een deel van de naam en druk op Enter.',
  formLevel: 'Overheidslaag',
  formLevelNone: 'Weet ik niet',
  formHelp: 'Geholpen met',
  formReferralTarget: 'Doorverwezen naar',
  formReferralChoose: 'Kies…',
  formReferralPartners: (municipality) => `Partners in ${municipality}`,
  formReferralKinds: 'Soort partner',
  formWarm: 'Warm doorverwezen',
  formWarmHint: 'U nam zelf contact op voor de bezoeker (gebeld, gemaild of meegelopen).',
  formNotHelpedReason: 'Reden',
  formChannel: 'Hoe kwam de vraag binnen?',
  formDuration: 'Hoe lang duurde het?',
  formDurationOption: (minutes, last) => (last ? `${minutes} min of langer` : `${minutes} min`),
  formVisit: 'Het bezoek',
  formNote: 'Notitie (mag leeg blijven)',
  formNoteHint:
    'Geen namen, BSN, adres, telefoonnummer of e-mail. Enter registreert; Shift+Enter begint een nieuwe regel.',
  formNoteCount: (used, max) => `${used} van ${max} tekens`,
  formNotePersonalData: (kinds) =>
    `Dit lijkt op ${kinds}. Noteer geen persoonsgegevens. Haal het weg om te kunnen registreren.`,
  formNoteFound: 'Gevonden in de notitie:',
  formNoteRemoveFindings: 'Haal het weg',
  formNoteNameWarning:
    'Dit lijkt een naam. Gaat het om de bezoeker? Haal de naam dan weg. Registreren kan gewoon.',
  formRemoveChoice: (label) => `${label} weghalen`,
  formNoMatch: (query) => `Niets gevonden voor "${query}".`,
  formMatches: (count) => (count === 1 ? '1 keuze' : `${count} keuzes`),
  formChosen: (label) => `${label} gekozen.`,
  formRemoved: (label) => `${label} weggehaald.`,
  formSubmit: 'Registreren',
  formSubmitCorrection: 'Correctie registreren',
  formErrorSummary: 'Nog niet geregistreerd. Verbeter dit eerst:',
  formErrorThemes: (n) => `Vraag ${n}: kies een onderwerp.`,
  formErrorReferral: (n) => `Vraag ${n}: kies waarnaar u doorverwees.`,
  formErrorReason: (n) => `Vraag ${n}: kies waarom het niet lukte.`,
  formErrorNote: 'Notitie: haal de persoonsgegevens weg.',
  formRecorded: (summary) => `Geregistreerd: ${summary}.`,
  formRecordedOffline: (summary) =>
    `Bewaard op dit apparaat: ${summary}. Wordt verzonden zodra er verbinding is.`,
  formSameAsLastFilled: (summary) =>
    `Zelfde als vorige ingevuld: ${summary}. Druk op Enter om te registreren.`,
  formUnstored: (summary) =>
    `Dit bezoek kon niet op dit apparaat worden bewaard en is nog niet geregistreerd: ${summary}.`,
  formUnstoredRetry: 'Opnieuw bewaren',
  formUnstoredRestore: 'Terugzetten in het formulier',
  formSettings: 'Instellingen van deze balie',
  formSettingsChannel: 'Zo komen de meeste vragen binnen',
  formSettingsChannelHint:
    'Elk nieuw bezoek begint hiermee. Voor één bezoek kiest u een ander kanaal in het formulier; dat geldt dan alleen voor dat bezoek.',
  formSettingsSaved: (channel) => `Opgeslagen. Nieuwe bezoeken beginnen met: ${channel}.`,
  formDefaultChannel: (channel) => `Nieuwe bezoeken: ${channel}.`,
  formAfterwards: 'Later registreren of op een andere plek',
  formAfterwardsOpen: (summary) => `Later registreren: ${summary}`,
  formWhenDate: 'Datum van het bezoek',
  formWhenDateHint: (days) => `Vandaag of hooguit ${days} dagen terug.`,
  formWhenHour: 'Tijd (uur)',
  formPlace: 'Waar was het bezoek?',
  formPlaceHere: (location) => `Hier: ${location}`,
  formPlaceOutreach: 'Op een spreekuur buiten de bibliotheek (buurthuis, pop-up)',
  formPlaceName: 'Naam van de plek',
  formPlaceNameHint: 'Bijvoorbeeld Buurthuis De Kolk. Geen namen van bezoekers.',
  formOtherLocations: 'Andere locaties',
  formPlaceSessions: 'Spreekuren buiten de bibliotheek op deze dag',
  formPlaceSession: (name, opens, closes) => `${name}, ${opens}–${closes}`,
  formPlaceOtherOutreach: 'Een andere plek buiten de bibliotheek (naam typen)',
  formErrorWhen: (days) => `Kies een datum van vandaag of hooguit ${days} dagen terug.`,
  formErrorPlaceName: 'Vul de naam van de plek in.',
  formErrorPlacePersonal:
    'De naam van de plek lijkt een persoonsgegeven te bevatten. Gebruik de naam van het gebouw.',
  formCorrectingToday: (summary) => `U verbetert: ${summary}.`,
  formTodayHeading: (count) => (count === 1 ? 'Vandaag: 1 bezoek' : `Vandaag: ${count} bezoeken`),
  formTodayIntro:
    'Bezoeken die vandaag op dit apparaat zijn geregistreerd. U kunt ze tot het eind van de dag verbeteren of intrekken.',
  formTodaySent: 'verzonden',
  formTodayWaiting: 'wacht op verzending',
  formTodayHeldState: 'apart gezet',
  formTodayWithdrawn: 'ingetrokken',
  formTodayCorrect: 'Verbeteren',
  formTodayWithdraw: 'Intrekken',
  formTodayWithdrawConfirm: 'Dit bezoek intrekken? Het telt dan nergens meer mee.',
  formTodayWithdrawYes: 'Ja, intrekken',
  formTodayWithdrawnDone: 'Het bezoek is ingetrokken.',
  formTodayEmpty: 'Vandaag is op dit apparaat nog niets geregistreerd.',
  formSummaryReferred: (to, warm) =>
    warm ? `warm doorverwezen naar ${to}` : `doorverwezen naar ${to}`,
  formSummaryWhen: (when) => `op ${when}`,
  formSummaryOutreach: (name) => `in ${name}`,
  formSent: 'Geregistreerd.',
  formQueued: 'Bewaard op dit apparaat. Wordt verzonden zodra er verbinding is.',
  formHeldNow: 'Niet verzonden. De registratie staat hieronder apart.',
  formStoreFailed:
    'Bewaren op dit apparaat lukte niet. De vraag staat nog in het formulier; probeer opnieuw.',
  formWaiting: (count) =>
    count === 1
      ? '1 registratie wacht op verzending'
      : `${count} registraties wachten op verzending`,
  formSendNow: 'Nu verzenden',
  formHeldHeading: (count) =>
    count === 1 ? '1 registratie apart gezet' : `${count} registraties apart gezet`,
  formHeldIntro:
    'De server heeft deze registraties geweigerd. Verbeter ze en verstuur opnieuw, of gooi ze weg.',
  formHeldVisit: (date, hour) => `Bezoek van ${date}, ${hour}`,
  formHeldReasonOtherLocation: (location) =>
    `Geregistreerd voor een andere locatie (${location}). Wordt alleen verzonden als dit apparaat weer voor die locatie is aangemeld.`,
  formHeldReasonUnauthorized: 'Niet verzonden: dit apparaat was afgemeld.',
  formHeldReasonPersonalData: (kinds) =>
    `Geweigerd: de notitie bevat ${kinds}. Haal dat weg en verstuur opnieuw.`,
  formHeldReasonInvalid: 'Geweigerd: de registratie klopt niet. Controleer de keuzes.',
  formHeldReasonOther: (status) => `Geweigerd door de server (${status}).`,
  formHeldCorrect: 'Verbeteren en opnieuw versturen',
  formHeldDiscard: 'Weggooien',
  formHeldDiscardConfirm: 'Weet u het zeker? Deze registratie wordt dan niet geteld.',
  formHeldDiscardYes: 'Ja, weggooien',
  formHeldDiscarded: 'De registratie is weggegooid.',
  formEnterHint: 'Enter registreert, vanuit elk veld.',
};

export const questionFormEn: QuestionFormStrings = {
  formLabel: 'Register a question',
  formEnrolHeading: 'Enrol this device',
  formEnrolIntro:
    'This device cannot register questions yet. Enter the enrolment code your administrator gave you. You only need to do this once.',
  formEnrolCodeLabel: 'Enrolment code',
  formEnrolCodeHint: 'For example 7KQ2-M9XD. Capitals and the hyphen are optional.',
  formEnrolButton: 'Enrol',
  formEnrolBusy: 'Checking the code…',
  formEnrolEmpty: 'Enter the enrolment code.',
  formEnrolMalformed: 'This is not an enrolment code. A code looks like this: 7KQ2-M9XD.',
  formEnrolRefused:
    'This code is wrong, has been used or has expired. Check the code or ask for a new one.',
  formEnrolRateLimited: 'Too many attempts. Wait a while, then try again.',
  formEnrolDeskLabel: 'Name of this desk (optional)',
  formEnrolDeskHint:
    'For example Desk 1. It tells your administrator which device this is. Left empty, the device is named after your location with a number.',
  formEnrolDeskTooLong: (max) => `Use at most ${max} characters, for example Desk 1.`,
  formEnrolDeskPersonal:
    'Do not put a name, phone number or other personal data in the desk’s name. Desk 1, for example, is fine.',
  formEnrolled: (location) => `This device is enrolled. You register for ${location}.`,
  formRevoked: 'This device has been signed out. Ask for a new code.',
  formKeptWhileRevoked: (count) =>
    count === 1
      ? '1 registration is kept. It will be sent when this device is enrolled again for the same location.'
      : `${count} registrations are kept. They will be sent when this device is enrolled again for the same location.`,
  formCannotRegister:
    'This device is enrolled to read reports, not to register questions. Ask for a code for your location.',
  formRegistersFor: (location, desk) =>
    desk ? `You register for ${location} (${desk}).` : `You register for ${location}.`,
  formForget: 'Forget this device',
  formForgetConfirm:
    'Are you sure? After this, this device can only register again with a new code.',
  formForgetWaiting: (count) =>
    count === 1
      ? '1 registration is still waiting. It is sent first. If that fails, it is kept until this device is enrolled again for this location.'
      : `${count} registrations are still waiting. They are sent first. If that fails, they are kept until this device is enrolled again for this location.`,
  formForgetYes: 'Yes, forget',
  formCancel: 'Cancel',
  formForgetBusy: 'Signing out…',
  formForgotten: 'This device has been forgotten and signed out on the server.',
  formForgottenNotTold: (desk) =>
    `This device has been forgotten here, but the server could not be reached, so it is still signed in there. Ask your administrator to revoke ${desk ? `the device ${desk}` : 'this device'}.`,
  formSameAsLast: 'Same as last',
  formCorrectLast: 'Correct the last one',
  formCorrecting: (time) =>
    `You are correcting the registration of ${time}. The new one replaces the old one in the counts.`,
  formCorrectingHeld: (time) => `You are fixing the registration of ${time} that was set aside.`,
  formStopCorrecting: 'Stop correcting',
  formQuestionLegend: (n, of) => (of === 1 ? 'Question' : `Question ${n} of ${of}`),
  formAddQuestion: 'Another question',
  formRemoveQuestion: (n) => `Remove question ${n}`,
  formQuestionCount: (count) => (count === 1 ? '1 question' : `${count} questions`),
  formType: 'Kind of question',
  formThemes: 'Topic',
  formThemesHint: 'Type part of the word and press Enter.',
  formOrganisations: 'Organisation',
  formOrganisationsHint: 'Type part of the name and press Enter.',
  formLevel: 'Level of government',
  formLevelNone: "Don't know",
  formHelp: 'Helped by',
  formReferralTarget: 'Referred to',
  formReferralChoose: 'Choose…',
  formReferralPartners: (municipality) => `Partners in ${municipality}`,
  formReferralKinds: 'Kind of partner',
  formWarm: 'Warm referral',
  formWarmHint: 'You contacted them for the visitor (called, e-mailed or walked along).',
  formNotHelpedReason: 'Reason',
  formChannel: 'How did the question come in?',
  formDuration: 'How long did it take?',
  formDurationOption: (minutes, last) => (last ? `${minutes} min or more` : `${minutes} min`),
  formVisit: 'The visit',
  formNote: 'Note (optional)',
  formNoteHint:
    'No names, BSN, address, phone number or e-mail. Enter registers; Shift+Enter starts a new line.',
  formNoteCount: (used, max) => `${used} of ${max} characters`,
  formNotePersonalData: (kinds) =>
    `This looks like ${kinds}. Do not write down personal data. Remove it to register.`,
  formNoteFound: 'Found in the note:',
  formNoteRemoveFindings: 'Remove it',
  formNoteNameWarning:
    "This looks like a name. If it is the visitor's, remove it. You can still register.",
  formRemoveChoice: (label) => `Remove ${label}`,
  formNoMatch: (query) => `Nothing found for "${query}".`,
  formMatches: (count) => (count === 1 ? '1 option' : `${count} options`),
  formChosen: (label) => `${label} chosen.`,
  formRemoved: (label) => `${label} removed.`,
  formSubmit: 'Register',
  formSubmitCorrection: 'Register the correction',
  formErrorSummary: 'Not registered yet. Fix this first:',
  formErrorThemes: (n) => `Question ${n}: choose a topic.`,
  formErrorReferral: (n) => `Question ${n}: choose where you referred to.`,
  formErrorReason: (n) => `Question ${n}: choose why it did not work out.`,
  formErrorNote: 'Note: remove the personal data.',
  formRecorded: (summary) => `Registered: ${summary}.`,
  formRecordedOffline: (summary) =>
    `Kept on this device: ${summary}. It will be sent as soon as there is a connection.`,
  formSameAsLastFilled: (summary) => `Filled in as last time: ${summary}. Press Enter to register.`,
  formUnstored: (summary) =>
    `This visit could not be kept on this device and is not registered yet: ${summary}.`,
  formUnstoredRetry: 'Try keeping it again',
  formUnstoredRestore: 'Put it back in the form',
  formSettings: 'Settings of this desk',
  formSettingsChannel: 'How most questions come in',
  formSettingsChannelHint:
    'Every new visit starts with this. For one visit, choose another channel in the form; that choice applies to that visit only.',
  formSettingsSaved: (channel) => `Saved. New visits start with: ${channel}.`,
  formDefaultChannel: (channel) => `New visits: ${channel}.`,
  formAfterwards: 'Register later or at another place',
  formAfterwardsOpen: (summary) => `Registering later: ${summary}`,
  formWhenDate: 'Date of the visit',
  formWhenDateHint: (days) => `Today or at most ${days} days ago.`,
  formWhenHour: 'Time (hour)',
  formPlace: 'Where was the visit?',
  formPlaceHere: (location) => `Here: ${location}`,
  formPlaceOutreach: 'At a session outside the library (community centre, pop-up)',
  formPlaceName: 'Name of the place',
  formPlaceNameHint: 'For example Buurthuis De Kolk. No names of visitors.',
  formOtherLocations: 'Other locations',
  formPlaceSessions: 'Sessions outside the library on this day',
  formPlaceSession: (name, opens, closes) => `${name}, ${opens}–${closes}`,
  formPlaceOtherOutreach: 'Another place outside the library (type its name)',
  formErrorWhen: (days) => `Choose a date from today to at most ${days} days ago.`,
  formErrorPlaceName: 'Fill in the name of the place.',
  formErrorPlacePersonal:
    'The name of the place seems to contain personal data. Use the name of the building.',
  formCorrectingToday: (summary) => `You are correcting: ${summary}.`,
  formTodayHeading: (count) => (count === 1 ? 'Today: 1 visit' : `Today: ${count} visits`),
  formTodayIntro:
    'Visits registered on this device today. You can correct or withdraw them until the end of the day.',
  formTodaySent: 'sent',
  formTodayWaiting: 'waiting to be sent',
  formTodayHeldState: 'set aside',
  formTodayWithdrawn: 'withdrawn',
  formTodayCorrect: 'Correct',
  formTodayWithdraw: 'Withdraw',
  formTodayWithdrawConfirm: 'Withdraw this visit? It will no longer count anywhere.',
  formTodayWithdrawYes: 'Yes, withdraw',
  formTodayWithdrawnDone: 'The visit was withdrawn.',
  formTodayEmpty: 'Nothing has been registered on this device today.',
  formSummaryReferred: (to, warm) => (warm ? `referred warmly to ${to}` : `referred to ${to}`),
  formSummaryWhen: (when) => `on ${when}`,
  formSummaryOutreach: (name) => `at ${name}`,
  formSent: 'Registered.',
  formQueued: 'Kept on this device. It will be sent as soon as there is a connection.',
  formHeldNow: 'Not sent. The registration is set aside below.',
  formStoreFailed:
    'Could not keep this on the device. The question is still in the form; please try again.',
  formWaiting: (count) =>
    count === 1 ? '1 registration waiting to be sent' : `${count} registrations waiting to be sent`,
  formSendNow: 'Send now',
  formHeldHeading: (count) =>
    count === 1 ? '1 registration set aside' : `${count} registrations set aside`,
  formHeldIntro:
    'The server refused these registrations. Fix them and send again, or throw them away.',
  formHeldVisit: (date, hour) => `Visit of ${date}, ${hour}`,
  formHeldReasonOtherLocation: (location) =>
    `Registered for another location (${location}). It is only sent when this device is enrolled for that location again.`,
  formHeldReasonUnauthorized: 'Not sent: this device was signed out.',
  formHeldReasonPersonalData: (kinds) =>
    `Refused: the note contains ${kinds}. Remove it and send again.`,
  formHeldReasonInvalid: 'Refused: the registration is not valid. Check the choices.',
  formHeldReasonOther: (status) => `Refused by the server (${status}).`,
  formHeldCorrect: 'Fix and send again',
  formHeldDiscard: 'Throw away',
  formHeldDiscardConfirm: 'Are you sure? This registration will not be counted.',
  formHeldDiscardYes: 'Yes, throw away',
  formHeldDiscarded: 'The registration was thrown away.',
  formEnterHint: 'Enter registers, from any field.',
};
