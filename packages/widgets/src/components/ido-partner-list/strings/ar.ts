import type { PartnerFoundContext, PartnerStrings } from '../strings.js';

const plural = new Intl.PluralRules('ar');

/** A counted noun: "جهة واحدة", "جهتان", "3 جهات", "11 جهة". */
function organisations(count: number): string {
  switch (plural.select(count)) {
    case 'zero':
      return 'لا توجد جهات';
    case 'one':
      return 'جهة واحدة';
    case 'two':
      return 'جهتان';
    case 'few':
      return `${count} جهات`;
    default:
      return `${count} جهة`;
  }
}

/** What narrows the list: " في Zwolle (نوع) عن Toeslagen تطابق «…»". */
const where = ({ municipality, theme, kind, query }: PartnerFoundContext) =>
  [
    municipality ? ` في ${municipality}` : '',
    kind ? ` (${kind})` : '',
    theme ? ` بخصوص ${theme}` : '',
    query ? ` تطابق «${query}»` : '',
  ].join('');

/** Arabic text of <ido-partner-list> (machine-checked draft). */
export const strings: PartnerStrings = {
  partnerLabel: 'جهات تساعدك أكثر',
  partnerFormLabel: 'ابحث عن جهة',
  partnerSearchLabel: 'ابحث بالاسم أو الموضوع',
  partnerSearchHint: 'مثلًا: الديون أو الاستمارات أو Humanitas (الأوصاف باللغة الهولندية)',
  partnerSearchButton: 'بحث',
  partnerThemeLabel: 'الموضوع',
  partnerThemeAll: 'كل المواضيع',
  partnerFound: (count, context) => `تم العثور على ${organisations(count)}${where(context)}.`,
  partnerNone: (context) => `لم يتم العثور على أي جهة${where(context)}.`,
  partnerNoneInArea: (municipality) => `لا توجد بعد جهات في القائمة لـ ${municipality}.`,
  partnerTryTitle: 'ماذا يمكنك أن تفعل؟',
  partnerTryWords: 'جرّب كلمة أخرى، أو كلمات أقل.',
  partnerTryTheme: 'اختر موضوعًا آخر، أو كل المواضيع.',
  partnerTryDesk: 'اسأل في نقطة المعلومات في المكتبة. سنبحث معك.',
  partnerClearSearch: 'امسح كلمات البحث',
  partnerAllThemes: 'اعرض كل المواضيع',
  partnerAllKinds: 'اعرض كل أنواع المساعدة',
  partnerListLabel: (group) => group ?? 'الجهات',
  partnerHelpsWith: 'تساعد في:',
  partnerKind: 'نوع المساعدة:',
  partnerContactTitle: 'كيف تتواصل معهم',
  partnerReferTitle: 'كيف تحيل الزائر شخصيًا',
  partnerMethod: {
    'by-phone': 'بالهاتف',
    'by-email': 'بالبريد الإلكتروني',
    'walk-in': 'الحضور بدون موعد',
    'form-url': 'التسجيل عبر استمارة',
  },
  partnerCall: (phone) => `اتصل على ${phone}`,
  partnerPhone: (phone) => `الهاتف: ${phone}`,
  partnerMail: (email) => `راسل ${email}`,
  partnerEmail: (email) => `البريد الإلكتروني: ${email}`,
  partnerForm: 'افتح استمارة التسجيل',
  partnerFormText: (url) => `الاستمارة: ${url}`,
  partnerAddress: 'العنوان:',
  partnerWebsite: 'الموقع الإلكتروني',
  partnerWebsiteText: (url) => `الموقع الإلكتروني: ${url}`,
  partnerHours: 'مواعيد العمل:',
  partnerHoursWeek: 'مواعيد العمل هذا الأسبوع',
  partnerLanguages: 'اللغات:',
  partnerCost: 'التكلفة:',
  partnerCostKind: {
    free: 'مجانًا',
    'free-for-members': 'مجانًا للأعضاء',
    fee: 'تدفع مساهمة',
  },
  partnerFor: (name) => ` (${name})`,
  partnerSelect: 'اختر هذه الجهة',
  partnerSelectStaff: 'اختر للإحالة',
  partnerSelected: 'تم الاختيار',
  partnerStaffInstructions: 'للموظفين:',
  partnerBring: 'أحضر معك:',
  partnerHelpline: 'يمكنك أيضًا الاتصال للحصول على المساعدة:',
};
