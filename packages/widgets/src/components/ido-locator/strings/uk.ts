import type { LocatorStrings } from '../strings.js';

const plural = new Intl.PluralRules('uk');

/** "1 інформаційний пункт", "3 інформаційні пункти", "5 інформаційних пунктів". */
function points(count: number): string {
  const form = plural.select(count);
  if (form === 'one') return `${count} інформаційний пункт`;
  if (form === 'few') return `${count} інформаційні пункти`;
  return `${count} інформаційних пунктів`;
}

/** Ukrainian text of <ido-locator> (machine-checked draft). */
export const strings: LocatorStrings = {
  locatorLabel: 'Знайти інформаційний пункт цифрового уряду',
  locatorFormLabel: 'Знайти інформаційний пункт',
  locatorSearchLabel: 'Поштовий індекс або місто',
  locatorSearchHint: 'Наприклад, 1234 AB або Zwolle',
  locatorSearchButton: 'Шукати',
  locatorOr: 'або',
  locatorUseLocation: 'Використати моє місцезнаходження',
  locatorUseLocationInfo: (mode) =>
    mode === 'http'
      ? 'Спершу браузер попросить дозволу. Ми використовуємо ваше місцезнаходження лише для сортування за відстанню. Округлене приблизно до 100 метрів, воно надходить лише на сервер бібліотеки. Ми його не зберігаємо.'
      : 'Спершу браузер попросить дозволу. Ми використовуємо ваше місцезнаходження лише для сортування за відстанню. Воно залишається на вашому пристрої, ми його не зберігаємо.',
  locatorLocating: 'Шукаємо ваше місцезнаходження…',
  locatorGeoDenied:
    'Браузер не передає ваше місцезнаходження. Можливо, ви не дали дозволу. Введіть поштовий індекс або місто.',
  locatorGeoUnavailable: 'Ваше місцезнаходження не знайдено. Введіть поштовий індекс або місто.',
  locatorGeoUnsupported:
    'Цей браузер не може передати ваше місцезнаходження. Введіть поштовий індекс або місто.',
  locatorPostcodeProblem: {
    empty: 'Введіть поштовий індекс або місто.',
    'leading-zero': 'Нідерландський індекс ніколи не починається з 0. Перевірте першу цифру.',
    'wrong-digits': 'Індекс має 4 цифри і 2 літери, наприклад 1234 AB.',
    'wrong-letters': 'Після 4 цифр ідуть 2 літери, наприклад 1234 AB.',
    'reserved-letters': 'Індекс ніколи не закінчується на SA, SD або SS. Перевірте літери.',
    'unexpected-characters':
      'Індекс має лише цифри й літери, наприклад 1234 AB. Не пишіть номер будинку.',
  },
  locatorNotFound: (query) =>
    `Не знайдено «${query}». Перевірте написання або введіть поштовий індекс.`,
  locatorTooShort: 'Введіть довшу назву місця або поштовий індекс.',
  locatorGeocodeUnavailable:
    'Пошук за індексом або місцем зараз не працює. Спробуйте пізніше або використайте своє місцезнаходження.',
  locatorFilters: 'Показати лише',
  locatorOpenNow: 'Зараз відчинено',
  locatorService: {
    'walk-in': 'Без запису',
    'by-appointment': 'За записом',
    'by-phone': 'Допомога телефоном',
    'digital-skills-course': 'Курс цифрових навичок',
    'wheelchair-accessible': 'Доступно для візків',
    'hearing-loop': 'Індукційна петля',
  },
  locatorRadiusLabel: 'Відстань',
  locatorRadiusOption: (km) => `До ${km} км`,
  locatorSearching: 'Пошук…',
  locatorYourLocation: 'вашого місцезнаходження',
  locatorFound: (count, km, origin) => `Знайдено ${points(count)} до ${km} км від: ${origin}.`,
  locatorShowing: (shown) =>
    shown === 1 ? 'Ви бачите найближчий.' : `Ви бачите ${shown} найближчих.`,
  locatorNone: (km, origin) => `Не знайдено інформаційного пункту до ${km} км від: ${origin}.`,
  locatorNoneOpen: 'Можливо, поруч є пункт, який зараз зачинений.',
  locatorWiden: (km) => `Шукати до ${km} км`,
  locatorShowClosed: 'Показати й ті, що зараз зачинені',
  locatorHelpline: 'Ви також можете зателефонувати по допомогу:',
  locatorResults: 'Результати пошуку',
  locatorMore: 'Показати більше',
  locatorDistance: 'Відстань:',
  locatorHoursLabel: (kind) =>
    kind === 'ido' ? 'Години інформаційного пункту:' : 'Бібліотека (окремих годин немає):',
  locatorLanguages: 'Мови:',
  locatorPhoneHours: 'Години телефонного зв’язку:',
  locatorBring: 'Візьміть із собою:',
  locatorCall: (phone) => `Зателефонувати: ${phone}`,
  locatorPhone: (phone) => `Телефон: ${phone}`,
  locatorWebsite: 'Сайт',
  locatorAppointment: 'Записатися на прийом',
  locatorRoute: 'Маршрут:',
  locatorRouteTransit: 'Громадський транспорт',
  locatorRouteWalking: 'Пішки',
  locatorRouteCycling: 'Велосипедом',
  locatorOutreachHeading: 'Інформаційний пункт поза бібліотекою цього тижня',
  locatorFor: (name) => ` (${name})`,
  locatorSelect: 'Вибрати',
  locatorSelected: 'Вибрано',
  locatorShowMap: 'Показати на карті',
  locatorHideMap: 'Сховати карту',
  locatorMapLabel: (count) => `Карта: ${points(count)}. Список містить ту саму інформацію.`,
  locatorMapLoading: 'Завантаження карти…',
  locatorMapFailed: 'Карту зараз не можна показати. Список працює.',
  locatorMapAttribution: 'Дані карти © Kadaster',
  locatorZoomIn: 'Збільшити',
  locatorZoomOut: 'Зменшити',
};
