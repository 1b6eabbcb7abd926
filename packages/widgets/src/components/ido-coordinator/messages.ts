// The server's and the SDK's field problems are written in English for developers. A coordinator
// reading Dutch gets a plain message for the problems a form can have; the English text stays as
// is (it was written for people too).

const DUTCH: [RegExp, string][] = [
  [/postcode/i, 'Schrijf de postcode zo: 1234 AB.'],
  [/house number/i, 'Schrijf het huisnummer zo: 12, 12A of 12-3.'],
  [/"closes" must be after/i, 'De eindtijd moet na de begintijd liggen.'],
  [/time "HH:MM"/i, 'Schrijf de tijd zo: 09:30.'],
  [/overlaps/i, 'Deze tijd valt samen met een andere tijd op dezelfde dag.'],
  [/two exceptions/i, 'Er is al een afwijkende dag op deze datum.'],
  [/validThrough/i, 'De einddatum mag niet voor de begindatum liggen.'],
  [/date/i, 'Kies een datum.'],
  [/netherlands|lat|lon/i, 'Deze plek ligt niet in Nederland. Zoek de plek op met het adres.'],
  [/slug/i, 'Gebruik alleen kleine letters, cijfers en streepjes.'],
  [/e-?mail/i, 'Schrijf het e-mailadres zo: naam@voorbeeld.nl.'],
  [
    /url|web address|https/i,
    'Schrijf het webadres met https:// ervoor, zoals https://www.bibliotheek.example',
  ],
  [/phone/i, 'Schrijf het telefoonnummer zo: 030 123 45 67.'],
  [/must not repeat/i, 'Kies elke dienst maar één keer.'],
  [/language tag/i, 'Kies een taal uit de lijst.'],
  [/at most (\d+)/i, 'Deze tekst is te lang. Maak hem korter.'],
  [/too (big|long)/i, 'Deze tekst is te lang. Maak hem korter.'],
  [/nothing to bring/i, 'Laat dit leeg als er niets mee hoeft.'],
];

/** The problem `message` at `path` in the element's language. */
export function translateProblem(
  language: string,
  fallback: string,
): (message: string, path: string) => string {
  return (message, path) => {
    if (language !== 'nl') return message;
    const last = path.split('.').pop() ?? '';
    if (/must not be empty|too small: expected string/i.test(message)) return 'Vul dit veld in.';
    for (const [pattern, dutch] of DUTCH) if (pattern.test(message)) return dutch;
    if (/^(opens|closes)$/.test(last)) return 'Schrijf de tijd zo: 09:30.';
    if (last === 'date' || last === 'validFrom') return 'Kies een datum.';
    if (/^(lat|lon)$/.test(last)) return 'Vul een getal in, of zoek de plek op met het adres.';
    return fallback;
  };
}
