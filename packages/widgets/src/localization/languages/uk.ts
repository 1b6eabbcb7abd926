import { HOURS_TEXTS_UK } from '@idokit/sdk';
import type { SharedLanguagePack } from '../strings.js';

const plural = new Intl.PluralRules('uk');

/** "1 результат", "3 результати", "5 результатів". */
function results(count: number): string {
  if (count === 0) return 'Немає результатів';
  const form = plural.select(count);
  if (form === 'one') return `${count} результат`;
  if (form === 'few') return `${count} результати`;
  return `${count} результатів`;
}

/**
 * Ukrainian (українська) shared by every element (each element brings its own text in its folder). Machine-checked draft: a native speaker
 * should review it before it is called final (see the package README).
 */
export const uk: SharedLanguagePack = {
  lang: 'uk',
  dir: 'ltr',
  review: 'machine-checked draft',
  strings: {
    loading: 'Завантаження…',
    retry: 'Спробувати ще раз',
    errorGeneric: 'Щось пішло не так. Спробуйте пізніше.',
    errorNetwork: 'Немає з’єднання. Перевірте інтернет і спробуйте ще раз.',
    errorOriginNotAllowed: (origin, setting) =>
      `Сервер IDO Kit не дозволяє цей вебсайт (${origin}). Попросіть адміністратора сервера додати ${origin} до ${setting}.`,
    errorServer: 'Інформація зараз недоступна. Спробуйте пізніше.',
    errorNotFound: 'Цієї інформації не існує (більше).',
    errorInvalidData: 'Ця інформація зараз недоступна.',
    errorNoSource: 'Цю частину ще не налаштовано: немає джерела даних (api або feed).',
    close: 'Закрити',
    opensInNewWindow: '(відкривається в новому вікні)',
    resultCount: results,
    distanceKm: (formatted) => `${formatted} км`,
    hoursClosed: 'зачинено',
    hoursRange: (opens, closes) => `з ${opens} до ${closes}`,
    calendar: HOURS_TEXTS_UK,
  },
};
