import type { ResidentLanguagePack } from './types.js';

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
 * Arabic (العربية) for the resident elements, right to left. Digits stay Latin
 * (`ar-u-nu-latn`), like the times and postcodes they stand beside in a Dutch city.
 * Machine-checked draft: a native speaker should review it before it is called final (see the
 * package README).
 */
export const ar: ResidentLanguagePack = {
  lang: 'ar',
  dir: 'rtl',
  intl: 'ar-u-nu-latn',
  review: 'machine-checked draft',
  strings: {
    loading: 'جارٍ التحميل…',
    retry: 'حاول مرة أخرى',
    errorGeneric: 'حدث خطأ ما. يرجى المحاولة لاحقًا.',
    errorNetwork: 'لا يوجد اتصال. تحقق من الإنترنت وحاول مرة أخرى.',
    errorServer: 'المعلومات غير متاحة الآن. يرجى المحاولة لاحقًا.',
    errorNotFound: 'هذه المعلومات غير موجودة (لم تعد موجودة).',
    errorInvalidData: 'هذه المعلومات غير متاحة الآن.',
    errorNoSource: 'هذا الجزء غير مُعدّ بعد: لا يوجد مصدر بيانات (api أو feed).',
    close: 'إغلاق',
    opensInNewWindow: '(يفتح في نافذة جديدة)',
    resultCount: results,
    distanceKm: (formatted) => `${formatted} كم`,

    calendar: {
      days: ['الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد'],
      months: [
        'يناير',
        'فبراير',
        'مارس',
        'أبريل',
        'مايو',
        'يونيو',
        'يوليو',
        'أغسطس',
        'سبتمبر',
        'أكتوبر',
        'نوفمبر',
        'ديسمبر',
      ],
      dayMonth: (day, month) => `${day} ${month}`,
      weekdayDate: (dayName, dayMonth) => `${dayName} ${dayMonth}`,
      holidays: {
        newYear: 'رأس السنة الميلادية',
        goodFriday: 'الجمعة العظيمة',
        easter: 'عيد الفصح',
        easterMonday: 'اثنين الفصح',
        kingsDay: 'يوم الملك',
        queensDay: 'يوم الملكة',
        liberation: 'يوم التحرير',
        ascension: 'عيد الصعود',
        whitSunday: 'عيد العنصرة',
        whitMonday: 'اثنين العنصرة',
        christmas: 'عيد الميلاد',
        boxingDay: 'ثاني أيام عيد الميلاد',
      },
      bothHolidays: (a, b) => `${a} و${b}`,
      open: 'مفتوح الآن',
      closed: 'مغلق',
      closedToday: 'مغلق اليوم',
      withReason: (head, reason) => `${head} (${reason})`,
      then: (head, next) => `${head} · ${next}`,
      closes: (w) =>
        w.days <= 0
          ? `يغلق الساعة ${w.time}`
          : w.days === 1
            ? `يغلق غدًا الساعة ${w.time}`
            : w.days < 7
              ? `يغلق يوم ${w.dayName} الساعة ${w.time}`
              : `يغلق يوم ${w.dayName} ${w.date} الساعة ${w.time}`,
      opens: (w) =>
        w.days <= 0
          ? `يفتح الساعة ${w.time}`
          : w.days === 1
            ? `يفتح غدًا الساعة ${w.time}`
            : w.days < 7
              ? `يفتح يوم ${w.dayName} الساعة ${w.time}`
              : `يفتح يوم ${w.dayName} ${w.date} الساعة ${w.time}`,
      newHoursFrom: (date) => `مواعيد عمل جديدة ابتداءً من ${date}`,
      hoursValidUntil: (date) => `كانت مواعيد العمل سارية حتى ${date}`,
    },

    hoursLabel: 'مواعيد العمل',
    hoursRegionLabel: (name) => `مواعيد العمل: ${name}`,
    hoursLibrary: 'المكتبة',
    hoursIdo: 'نقطة معلومات الحكومة الرقمية',
    hoursIdoDuringLibrary: 'تساعدك نقطة المعلومات طوال وقت فتح المكتبة.',
    hoursWeekCaption: (label) => `${label} هذا الأسبوع`,
    hoursToday: 'اليوم',
    hoursTodayMarker: 'اليوم',
    hoursClosed: 'مغلق',
    hoursUntil: 'حتى',
    hoursChangesTitle: 'مواعيد مختلفة خلال الأسبوعين القادمين',
    hoursCall: (phone) => `اتصل على ${phone}`,
    hoursWebsite: 'موقع المكتبة',
    hoursAppointment: 'احجز موعدًا',
    hoursContact: 'التواصل',
    hoursNotFound: 'هذا المكان غير موجود (لم يعد موجودًا). ابحث عنه مرة أخرى.',
    hoursNoLocation: 'لم يتم اختيار مكان.',

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
    locatorFound: (count, km, origin) =>
      `تم العثور على ${points(count)} ضمن ${km} كم من ${origin}.`,
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
    locatorCall: (phone) => `اتصل على ${phone}`,
    locatorPhone: (phone) => `الهاتف: ${phone}`,
    locatorWebsite: 'الموقع الإلكتروني',
    locatorAppointment: 'احجز موعدًا',
    locatorRoute: 'الطريق:',
    locatorRouteTransit: 'المواصلات العامة',
    locatorRouteWalking: 'مشيًا',
    locatorRouteCycling: 'بالدراجة',
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
  },
};
