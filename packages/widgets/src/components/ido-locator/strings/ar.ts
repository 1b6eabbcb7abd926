import type { LocatorStrings } from '../strings.js';

const plural = new Intl.PluralRules('ar');

/** A counted noun: "نقطة معلومات واحدة", "نقطتا معلومات", "3 نقاط معلومات", "11 نقطة معلومات". */
function points(count: number): string {
  switch (plural.select(count)) {
    case 'zero':
      return 'لا توجد نقاط معلومات';
    case 'one':
      return 'نقطة معلومات واحدة';
    case 'two':
      return 'نقطتا معلومات';
    case 'few':
      return `${count} نقاط معلومات`;
    default:
      return `${count} نقطة معلومات`;
  }
}

/** Arabic text of <ido-locator> (machine-checked draft). */
export const strings: LocatorStrings = {
  locatorLabel: 'ابحث عن نقطة معلومات الحكومة الرقمية',
  locatorFormLabel: 'ابحث عن نقطة معلومات',
  locatorSearchLabel: 'الرمز البريدي أو المدينة',
  locatorSearchHint: 'مثلًا \u20661234 AB\u2069 أو Zwolle',
  locatorSearchButton: 'بحث',
  locatorOr: 'أو',
  locatorUseLocation: 'استخدم موقعي',
  locatorUseLocationInfo: (mode) =>
    mode === 'http'
      ? 'سيطلب متصفحك الإذن أولًا. نستخدم موقعك فقط للترتيب حسب المسافة. يُرسل مقرّبًا إلى نحو 100 متر إلى خادم المكتبة فقط، ولا نحفظه.'
      : 'سيطلب متصفحك الإذن أولًا. نستخدم موقعك فقط للترتيب حسب المسافة. يبقى على جهازك ولا نحفظه.',
  locatorLocating: 'جارٍ تحديد موقعك…',
  locatorGeoDenied:
    'متصفحك لا يشارك موقعك. ربما لم تمنح الإذن. اكتب الرمز البريدي أو اسم المدينة بدلًا من ذلك.',
  locatorGeoUnavailable: 'لم يتم العثور على موقعك. اكتب الرمز البريدي أو اسم المدينة.',
  locatorGeoUnsupported: 'هذا المتصفح لا يستطيع مشاركة موقعك. اكتب الرمز البريدي أو اسم المدينة.',
  locatorPostcodeProblem: {
    empty: 'اكتب رمزًا بريديًا أو اسم مدينة.',
    'leading-zero': 'الرمز البريدي الهولندي لا يبدأ أبدًا بالرقم 0. تحقق من الرقم الأول.',
    'wrong-digits': 'يتكون الرمز البريدي من 4 أرقام وحرفين، مثل \u20661234 AB\u2069.',
    'wrong-letters': 'بعد الأرقام الأربعة يأتي حرفان، مثل \u20661234 AB\u2069.',
    'reserved-letters': 'لا ينتهي الرمز البريدي أبدًا بـ SA أو SD أو SS. تحقق من الحروف.',
    'unexpected-characters':
      'يحتوي الرمز البريدي على أرقام وحروف فقط، مثل \u20661234 AB\u2069. لا تكتب رقم المنزل.',
  },
  locatorNotFound: (query) => `لم نعثر على «${query}». تحقق من الكتابة أو اكتب رمزًا بريديًا.`,
  locatorTooShort: 'اكتب اسم مكان أطول أو رمزًا بريديًا.',
  locatorGeocodeUnavailable:
    'البحث بالرمز البريدي أو المكان غير ممكن الآن. حاول لاحقًا أو استخدم موقعك.',
  locatorFilters: 'اعرض فقط',
  locatorOpenNow: 'مفتوح الآن',
  locatorService: {
    'walk-in': 'بدون موعد',
    'by-appointment': 'بموعد',
    'by-phone': 'مساعدة عبر الهاتف',
    'digital-skills-course': 'دورة المهارات الرقمية',
    'wheelchair-accessible': 'مناسب للكراسي المتحركة',
    'hearing-loop': 'حلقة سمعية',
  },
  locatorRadiusLabel: 'المسافة',
  locatorRadiusOption: (km) => `ضمن ${km} كم`,
  locatorSearching: 'جارٍ البحث…',
  locatorYourLocation: 'موقعك',
  locatorFound: (count, km, origin) => `تم العثور على ${points(count)} ضمن ${km} كم من ${origin}.`,
  locatorShowing: (shown) => (shown === 1 ? 'تعرض الأقرب.' : `تعرض أقرب ${shown}.`),
  locatorNone: (km, origin) => `لم يتم العثور على نقطة معلومات ضمن ${km} كم من ${origin}.`,
  locatorNoneOpen: 'ربما توجد نقطة قريبة مغلقة الآن.',
  locatorWiden: (km) => `ابحث ضمن ${km} كم`,
  locatorShowClosed: 'اعرض أيضًا الأماكن المغلقة الآن',
  locatorHelpline: 'يمكنك أيضًا الاتصال للحصول على المساعدة:',
  locatorResults: 'نتائج البحث',
  locatorMore: 'اعرض المزيد',
  locatorDistance: 'المسافة:',
  locatorHoursLabel: (kind) =>
    kind === 'ido' ? 'مواعيد نقطة المعلومات:' : 'المكتبة (لا توجد مواعيد منفصلة):',
  locatorLanguages: 'اللغات:',
  locatorPhoneHours: 'ساعات الهاتف:',
  locatorBring: 'أحضر معك:',
  locatorCall: (phone) => `اتصل على ${phone}`,
  locatorPhone: (phone) => `الهاتف: ${phone}`,
  locatorWebsite: 'الموقع الإلكتروني',
  locatorAppointment: 'احجز موعدًا',
  locatorRoute: 'الطريق:',
  locatorRouteTransit: 'المواصلات العامة',
  locatorRouteWalking: 'مشيًا',
  locatorRouteCycling: 'بالدراجة',
  locatorOutreachHeading: 'نقطة المعلومات خارج المكتبة هذا الأسبوع',
  locatorFor: (name) => ` (${name})`,
  locatorSelect: 'اختر هذا',
  locatorSelected: 'تم الاختيار',
  locatorShowMap: 'اعرض على الخريطة',
  locatorHideMap: 'أخفِ الخريطة',
  locatorMapLabel: (count) => `خريطة فيها ${points(count)}. القائمة تعطي المعلومات نفسها.`,
  locatorMapLoading: 'جارٍ تحميل الخريطة…',
  locatorMapFailed: 'لا يمكن عرض الخريطة الآن. القائمة ما زالت تعمل.',
  locatorMapAttribution: 'بيانات الخريطة © Kadaster',
  locatorZoomIn: 'تكبير',
  locatorZoomOut: 'تصغير',
};
