import { HOURS_TEXTS_AR } from '@idokit/sdk';
import type { SharedLanguagePack } from '../strings.js';

const plural = new Intl.PluralRules('ar');

/** "نتيجة واحدة", "نتيجتان", "3 نتائج", "11 نتيجة". */
function results(count: number): string {
  switch (plural.select(count)) {
    case 'zero':
      return 'لا توجد نتائج';
    case 'one':
      return 'نتيجة واحدة';
    case 'two':
      return 'نتيجتان';
    case 'few':
      return `${count} نتائج`;
    default:
      return `${count} نتيجة`;
  }
}

/**
 * Arabic (العربية) shared by every element (each element brings its own text in its folder), right to left. Digits stay Latin
 * (`ar-u-nu-latn`), like the times and postcodes they stand beside in a Dutch city.
 * Machine-checked draft: a native speaker should review it before it is called final (see the
 * package README).
 */
export const ar: SharedLanguagePack = {
  lang: 'ar',
  dir: 'rtl',
  intl: 'ar-u-nu-latn',
  review: 'machine-checked draft',
  strings: {
    loading: 'جارٍ التحميل…',
    retry: 'حاول مرة أخرى',
    errorGeneric: 'حدث خطأ ما. يرجى المحاولة لاحقًا.',
    errorNetwork: 'لا يوجد اتصال. تحقق من الإنترنت وحاول مرة أخرى.',
    errorOriginNotAllowed: (origin, setting) =>
      `خادم IDO Kit لا يسمح بهذا الموقع (\u2066${origin}\u2069). اطلب من مسؤول الخادم إضافة \u2066${origin}\u2069 إلى \u2066${setting}\u2069.`,
    errorServer: 'المعلومات غير متاحة الآن. يرجى المحاولة لاحقًا.',
    errorNotFound: 'هذه المعلومات غير موجودة (لم تعد موجودة).',
    errorInvalidData: 'هذه المعلومات غير متاحة الآن.',
    errorNoSource: 'هذا الجزء غير مُعدّ بعد: لا يوجد مصدر بيانات (api أو feed).',
    close: 'إغلاق',
    opensInNewWindow: '(يفتح في نافذة جديدة)',
    resultCount: results,
    distanceKm: (formatted) => `${formatted} كم`,
    hoursClosed: 'مغلق',
    hoursRange: (opens, closes) => `من ${opens} حتى ${closes}`,
    calendar: HOURS_TEXTS_AR,
  },
};
