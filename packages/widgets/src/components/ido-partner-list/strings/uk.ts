import type { PartnerFoundContext, PartnerStrings } from '../strings.js';

const plural = new Intl.PluralRules('uk');

/** "1 організацію", "3 організації", "5 організацій" (after "Знайдено"). */
function organisations(count: number): string {
  const form = plural.select(count);
  if (form === 'one') return `${count} організацію`;
  if (form === 'few') return `${count} організації`;
  return `${count} організацій`;
}

/**
 * What narrows the list, as a bracketed list ("громада: Zwolle; тема: Toeslagen"): Dutch place
 * and subject names do not decline.
 */
const where = ({ municipality, theme, kind, query }: PartnerFoundContext) => {
  const parts = [
    municipality ? `громада: ${municipality}` : '',
    kind ? `вид: ${kind}` : '',
    theme ? `тема: ${theme}` : '',
    query ? `пошук: «${query}»` : '',
  ].filter(Boolean);
  return parts.length ? ` (${parts.join('; ')})` : '';
};

/** Ukrainian text of <ido-partner-list> (machine-checked draft). */
export const strings: PartnerStrings = {
  partnerLabel: 'Організації, які можуть вам допомогти',
  partnerFormLabel: 'Знайти організацію',
  partnerSearchLabel: 'Шукати за назвою або темою',
  partnerSearchHint: 'Наприклад: борги, бланки або Humanitas (описи нідерландською)',
  partnerSearchButton: 'Шукати',
  partnerThemeLabel: 'Тема',
  partnerThemeAll: 'Усі теми',
  partnerFound: (count, context) => `Знайдено ${organisations(count)}${where(context)}.`,
  partnerNone: (context) => `Не знайдено жодної організації${where(context)}.`,
  partnerNoneInArea: (municipality) => `Для громади ${municipality} у списку ще немає організацій.`,
  partnerTryTitle: 'Що можна зробити?',
  partnerTryWords: 'Спробуйте інше слово або менше слів.',
  partnerTryTheme: 'Виберіть іншу тему або всі теми.',
  partnerTryDesk: 'Запитайте в інформаційному пункті в бібліотеці. Ми пошукаємо разом з вами.',
  partnerClearSearch: 'Стерти слова пошуку',
  partnerAllThemes: 'Показати всі теми',
  partnerAllKinds: 'Показати всі види допомоги',
  partnerListLabel: (group) => group ?? 'Організації',
  partnerHelpsWith: 'Допомагає з:',
  partnerKind: 'Вид допомоги:',
  partnerContactTitle: 'Як зв’язатися',
  partnerReferTitle: 'Як особисто передати відвідувача',
  partnerMethod: {
    'by-phone': 'Телефоном',
    'by-email': 'Електронною поштою',
    'walk-in': 'Без запису',
    'form-url': 'Заявка через форму',
  },
  partnerCall: (phone) => `Зателефонувати: ${phone}`,
  partnerPhone: (phone) => `Телефон: ${phone}`,
  partnerMail: (email) => `Написати на ${email}`,
  partnerEmail: (email) => `Ел. пошта: ${email}`,
  partnerForm: 'Відкрити форму заявки',
  partnerFormText: (url) => `Форма: ${url}`,
  partnerAddress: 'Адреса:',
  partnerWebsite: 'Сайт',
  partnerWebsiteText: (url) => `Сайт: ${url}`,
  partnerHours: 'Години роботи:',
  partnerHoursWeek: 'Години роботи цього тижня',
  partnerLanguages: 'Мови:',
  partnerCost: 'Вартість:',
  partnerCostKind: {
    free: 'Безкоштовно',
    'free-for-members': 'Безкоштовно для членів',
    fee: 'Ви платите внесок',
  },
  partnerFor: (name) => ` (${name})`,
  partnerSelect: 'Вибрати цю організацію',
  partnerSelectStaff: 'Вибрати для направлення',
  partnerSelected: 'Вибрано',
  partnerStaffInstructions: 'Для працівників:',
  partnerBring: 'Візьміть із собою:',
  partnerHelpline: 'Ви також можете зателефонувати по допомогу:',
};
