import { HOURS_TEXTS_PL } from '@idokit/sdk';
import type { SharedLanguagePack } from '../strings.js';

const plural = new Intl.PluralRules('pl');

/** "1 wynik", "3 wyniki", "5 wyników". */
function results(count: number): string {
  const form = plural.select(count);
  if (count === 0) return 'Brak wyników';
  if (form === 'one') return '1 wynik';
  if (form === 'few') return `${count} wyniki`;
  return `${count} wyników`;
}

/**
 * Polish (polski) shared by every element (each element brings its own text in its folder). Machine-checked draft: a native speaker should
 * review it before it is called final (see the package README).
 */
export const pl: SharedLanguagePack = {
  lang: 'pl',
  dir: 'ltr',
  review: 'machine-checked draft',
  strings: {
    loading: 'Ładowanie…',
    retry: 'Spróbuj ponownie',
    errorGeneric: 'Coś poszło nie tak. Spróbuj ponownie później.',
    errorNetwork: 'Brak połączenia. Sprawdź internet i spróbuj ponownie.',
    errorOriginNotAllowed: (origin, setting) =>
      `Serwer IDO Kit nie zezwala na tę stronę (${origin}). Poproś administratora serwera o dodanie ${origin} do ${setting}.`,
    errorServer: 'Informacje są teraz niedostępne. Spróbuj ponownie później.',
    errorNotFound: 'Ta informacja nie istnieje (już).',
    errorInvalidData: 'Ta informacja jest teraz niedostępna.',
    errorNoSource: 'Ta część nie jest jeszcze skonfigurowana: brak źródła danych (api lub feed).',
    close: 'Zamknij',
    opensInNewWindow: '(otwiera się w nowym oknie)',
    resultCount: results,
    distanceKm: (formatted) => `${formatted} km`,
    hoursClosed: 'zamknięte',
    hoursRange: (opens, closes) => `od ${opens} do ${closes}`,
    calendar: HOURS_TEXTS_PL,
  },
};
