import {
  HOURS_TEXTS_AR,
  HOURS_TEXTS_EN,
  HOURS_TEXTS_NL,
  HOURS_TEXTS_PL,
  HOURS_TEXTS_TR,
  HOURS_TEXTS_UK,
  type HoursTexts,
} from '@idokit/sdk';

/** The languages a referral slip is printed in: the resident's, chosen by staff at the desk. */
export const SLIP_LANGUAGES = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] as const;
export type SlipLanguage = (typeof SLIP_LANGUAGES)[number];

/**
 * The words of a referral slip, in one language. The slip stands apart from the element's own
 * text: it is printed in the resident's language, which staff choose at the desk, whatever
 * language the page or the element speaks. The partner's data (name, description, what to bring)
 * stays as the data has it (Dutch).
 */
export interface SlipStrings {
  /** The language's own name, in the language choice ("Nederlands", "العربية"). */
  autonym: string;
  /** The button that opens the slip, and the dialog's title: "Verwijsbriefje". */
  open: string;
  /** Above the partner's name on the slip: "U kunt terecht bij". */
  heading: string;
  /** Label of the language choice in the dialog (in the staff's language). */
  language: string;
  /** The print button. */
  print: string;
  /** The close button. */
  close: string;
  /** Before the description: "Waarmee ze helpen". */
  helpsWith: string;
  /** Before the contact lines. */
  contact: string;
  /** Before a phone number. */
  phone: string;
  /** Before an e-mail address. */
  email: string;
  /** Before a web address. */
  website: string;
  /** Before the visiting address. */
  address: string;
  /** Heading of next week's hours. */
  hoursNextWeek: string;
  /** Next week has no opening hours at all. */
  hoursNone: string;
  /** Heading of the list of what to bring. */
  bring: string;
  /** Under the QR code that opens the partner's website. */
  scanWebsite: string;
  /** Under the QR code that calls the partner. */
  scanPhone: string;
  /** Accessible name of the QR code image. */
  qrLabel: (target: string) => string;
}

const nl: SlipStrings = {
  autonym: 'Nederlands',
  open: 'Verwijsbriefje',
  heading: 'U kunt terecht bij',
  language: 'Taal van het briefje',
  print: 'Afdrukken',
  close: 'Sluiten',
  helpsWith: 'Waarmee ze helpen',
  contact: 'Contact',
  phone: 'Telefoon',
  email: 'E-mail',
  website: 'Website',
  address: 'Adres',
  hoursNextWeek: 'Open volgende week',
  hoursNone: 'Volgende week zijn er geen vaste tijden. Bel of kijk op de website.',
  bring: 'Neem mee',
  scanWebsite: 'Scan de code met uw telefoon om de website te openen.',
  scanPhone: 'Scan de code met uw telefoon om te bellen.',
  qrLabel: (target) => `QR-code naar ${target}`,
};

const en: SlipStrings = {
  autonym: 'English',
  open: 'Referral slip',
  heading: 'You can go to',
  language: 'Language of the slip',
  print: 'Print',
  close: 'Close',
  helpsWith: 'What they help with',
  contact: 'Contact',
  phone: 'Phone',
  email: 'Email',
  website: 'Website',
  address: 'Address',
  hoursNextWeek: 'Open next week',
  hoursNone: 'There are no set hours next week. Call or look at the website.',
  bring: 'Bring with you',
  scanWebsite: 'Scan the code with your phone to open the website.',
  scanPhone: 'Scan the code with your phone to call.',
  qrLabel: (target) => `QR code for ${target}`,
};

// Arabic, Turkish, Polish and Ukrainian: machine-checked drafts, like the other shipped
// languages, until a native speaker has reviewed them (see the package README).

const ar: SlipStrings = {
  autonym: 'العربية',
  open: 'ورقة الإحالة',
  heading: 'يمكنك التوجه إلى',
  language: 'لغة الورقة',
  print: 'طباعة',
  close: 'إغلاق',
  helpsWith: 'بماذا يساعدون',
  contact: 'التواصل',
  phone: 'الهاتف',
  email: 'البريد الإلكتروني',
  website: 'الموقع الإلكتروني',
  address: 'العنوان',
  hoursNextWeek: 'مواعيد العمل الأسبوع القادم',
  hoursNone: 'لا توجد مواعيد ثابتة الأسبوع القادم. اتصل أو راجع الموقع الإلكتروني.',
  bring: 'أحضر معك',
  scanWebsite: 'امسح الرمز بهاتفك لفتح الموقع الإلكتروني.',
  scanPhone: 'امسح الرمز بهاتفك للاتصال.',
  qrLabel: (target) => `رمز QR إلى ${target}`,
};

const tr: SlipStrings = {
  autonym: 'Türkçe',
  open: 'Yönlendirme notu',
  heading: 'Başvurabileceğiniz yer',
  language: 'Notun dili',
  print: 'Yazdır',
  close: 'Kapat',
  helpsWith: 'Neye yardım ederler',
  contact: 'İletişim',
  phone: 'Telefon',
  email: 'E-posta',
  website: 'Web sitesi',
  address: 'Adres',
  hoursNextWeek: 'Gelecek hafta açık',
  hoursNone: 'Gelecek hafta belirli saatler yok. Arayın veya web sitesine bakın.',
  bring: 'Yanınızda getirin',
  scanWebsite: 'Web sitesini açmak için kodu telefonunuzla tarayın.',
  scanPhone: 'Aramak için kodu telefonunuzla tarayın.',
  qrLabel: (target) => `${target} için QR kodu`,
};

const pl: SlipStrings = {
  autonym: 'Polski',
  open: 'Skierowanie',
  heading: 'Możesz zwrócić się do',
  language: 'Język skierowania',
  print: 'Drukuj',
  close: 'Zamknij',
  helpsWith: 'W czym pomagają',
  contact: 'Kontakt',
  phone: 'Telefon',
  email: 'E-mail',
  website: 'Strona internetowa',
  address: 'Adres',
  hoursNextWeek: 'Otwarte w przyszłym tygodniu',
  hoursNone: 'W przyszłym tygodniu nie ma stałych godzin. Zadzwoń lub zajrzyj na stronę.',
  bring: 'Zabierz ze sobą',
  scanWebsite: 'Zeskanuj kod telefonem, aby otworzyć stronę.',
  scanPhone: 'Zeskanuj kod telefonem, aby zadzwonić.',
  qrLabel: (target) => `Kod QR do ${target}`,
};

const uk: SlipStrings = {
  autonym: 'Українська',
  open: 'Направлення',
  heading: 'Ви можете звернутися до',
  language: 'Мова направлення',
  print: 'Друкувати',
  close: 'Закрити',
  helpsWith: 'З чим допомагають',
  contact: 'Контакти',
  phone: 'Телефон',
  email: 'Електронна пошта',
  website: 'Вебсайт',
  address: 'Адреса',
  hoursNextWeek: 'Відчинено наступного тижня',
  hoursNone: 'Наступного тижня немає сталих годин. Зателефонуйте або перегляньте вебсайт.',
  bring: 'Візьміть із собою',
  scanWebsite: 'Відскануйте код телефоном, щоб відкрити вебсайт.',
  scanPhone: 'Відскануйте код телефоном, щоб зателефонувати.',
  qrLabel: (target) => `QR-код для ${target}`,
};

/** How a slip language is written and formatted. */
export interface SlipLanguagePack {
  strings: SlipStrings;
  /** The SDK's day, month and holiday names. */
  hours: HoursTexts;
  dir: 'ltr' | 'rtl';
}

/** Every slip language, complete by type. */
export const slipLanguages: Readonly<Record<SlipLanguage, SlipLanguagePack>> = {
  nl: { strings: nl, hours: HOURS_TEXTS_NL, dir: 'ltr' },
  en: { strings: en, hours: HOURS_TEXTS_EN, dir: 'ltr' },
  ar: { strings: ar, hours: HOURS_TEXTS_AR, dir: 'rtl' },
  tr: { strings: tr, hours: HOURS_TEXTS_TR, dir: 'ltr' },
  pl: { strings: pl, hours: HOURS_TEXTS_PL, dir: 'ltr' },
  uk: { strings: uk, hours: HOURS_TEXTS_UK, dir: 'ltr' },
};

/** The slip language for a BCP 47 tag (`'ar-MA'` → `'ar'`), or `undefined`. */
export function slipLanguageOf(tag: string | null | undefined): SlipLanguage | undefined {
  const primary = (tag ?? '').trim().toLowerCase().split('-')[0];
  return SLIP_LANGUAGES.find((lang) => lang === primary);
}
