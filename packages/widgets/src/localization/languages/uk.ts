import type { ResidentLanguagePack } from './types.js';

const plural = new Intl.PluralRules('uk');

/** "1 інформаційний пункт", "3 інформаційні пункти", "5 інформаційних пунктів". */
function points(count: number): string {
  const form = plural.select(count);
  if (form === 'one') return `${count} інформаційний пункт`;
  if (form === 'few') return `${count} інформаційні пункти`;
  return `${count} інформаційних пунктів`;
}

/** "1 результат", "3 результати", "5 результатів". */
function results(count: number): string {
  if (count === 0) return 'Немає результатів';
  const form = plural.select(count);
  if (form === 'one') return `${count} результат`;
  if (form === 'few') return `${count} результати`;
  return `${count} результатів`;
}

/**
 * Ukrainian (українська) for the resident elements. Machine-checked draft: a native speaker
 * should review it before it is called final (see the package README).
 */
export const uk: ResidentLanguagePack = {
  lang: 'uk',
  dir: 'ltr',
  review: 'machine-checked draft',
  strings: {
    loading: 'Завантаження…',
    retry: 'Спробувати ще раз',
    errorGeneric: 'Щось пішло не так. Спробуйте пізніше.',
    errorNetwork: 'Немає з’єднання. Перевірте інтернет і спробуйте ще раз.',
    errorServer: 'Інформація зараз недоступна. Спробуйте пізніше.',
    errorNotFound: 'Цієї інформації не існує (більше).',
    errorInvalidData: 'Ця інформація зараз недоступна.',
    errorNoSource: 'Цю частину ще не налаштовано: немає джерела даних (api або feed).',
    close: 'Закрити',
    opensInNewWindow: '(відкривається в новому вікні)',
    resultCount: results,
    distanceKm: (formatted) => `${formatted} км`,

    calendar: {
      days: ['понеділок', 'вівторок', 'середа', 'четвер', 'пʼятниця', 'субота', 'неділя'],
      // Genitive, as in a date: "27 квітня".
      months: [
        'січня',
        'лютого',
        'березня',
        'квітня',
        'травня',
        'червня',
        'липня',
        'серпня',
        'вересня',
        'жовтня',
        'листопада',
        'грудня',
      ],
      dayMonth: (day, month) => `${day} ${month}`,
      weekdayDate: (dayName, dayMonth) => `${dayName}, ${dayMonth}`,
      holidays: {
        newYear: 'Новий рік',
        goodFriday: 'Страсна пʼятниця',
        easter: 'Великдень',
        easterMonday: 'Великодній понеділок',
        kingsDay: 'День короля',
        queensDay: 'День королеви',
        liberation: 'День визволення',
        ascension: 'Вознесіння',
        whitSunday: 'Трійця',
        whitMonday: 'Другий день Трійці',
        christmas: 'Різдво',
        boxingDay: 'Другий день Різдва',
      },
      bothHolidays: (a, b) => `${a} і ${b}`,
      open: 'Зараз відчинено',
      closed: 'Зачинено',
      closedToday: 'Сьогодні зачинено',
      withReason: (head, reason) => `${head} (${reason})`,
      then: (head, next) => `${head} · ${next}`,
      closes: (w) =>
        w.days <= 0
          ? `зачиняється о ${w.time}`
          : w.days === 1
            ? `зачиняється завтра о ${w.time}`
            : w.days < 7
              ? `зачиняється: ${w.dayName}, ${w.time}`
              : `зачиняється: ${w.dayName}, ${w.date}, ${w.time}`,
      opens: (w) =>
        w.days <= 0
          ? `відчиняється о ${w.time}`
          : w.days === 1
            ? `відчиняється завтра о ${w.time}`
            : w.days < 7
              ? `відчиняється: ${w.dayName}, ${w.time}`
              : `відчиняється: ${w.dayName}, ${w.date}, ${w.time}`,
      newHoursFrom: (date) => `Новий розклад з: ${date}`,
      hoursValidUntil: (date) => `Розклад діяв до: ${date}`,
    },

    hoursLabel: 'Години роботи',
    hoursRegionLabel: (name) => `Години роботи: ${name}`,
    hoursLibrary: 'Бібліотека',
    hoursIdo: 'Інформаційний пункт цифрового уряду',
    hoursIdoDuringLibrary: 'Інформаційний пункт допомагає, поки бібліотека відчинена.',
    hoursWeekCaption: (label) => `${label}: цей тиждень`,
    hoursToday: 'Сьогодні',
    hoursTodayMarker: 'сьогодні',
    hoursClosed: 'зачинено',
    hoursUntil: 'до',
    hoursChangesTitle: 'Інші години роботи в найближчі 2 тижні',
    hoursCall: (phone) => `Зателефонувати: ${phone}`,
    hoursWebsite: 'Сайт бібліотеки',
    hoursAppointment: 'Записатися на прийом',
    hoursContact: 'Контакти',
    hoursNotFound: 'Цього місця не існує (більше). Знайдіть його ще раз.',
    hoursNoLocation: 'Місце не вибрано.',

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
    locatorCall: (phone) => `Зателефонувати: ${phone}`,
    locatorPhone: (phone) => `Телефон: ${phone}`,
    locatorWebsite: 'Сайт',
    locatorAppointment: 'Записатися на прийом',
    locatorRoute: 'Маршрут:',
    locatorRouteTransit: 'Громадський транспорт',
    locatorRouteWalking: 'Пішки',
    locatorRouteCycling: 'Велосипедом',
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
  },
};
