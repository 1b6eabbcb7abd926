import type { HoursTexts } from '../format.js';

/**
 * Arabic: weekdays, months, holiday names and status lines. Machine-checked draft: a native
 * speaker should review it before it is called final.
 */
export const HOURS_TEXTS_AR: HoursTexts = {
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
};
