import type { HoursTexts } from '../format.js';

/**
 * Turkish: weekdays, months, holiday names and status lines. Machine-checked draft: a native
 * speaker should review it before it is called final.
 */
export const HOURS_TEXTS_TR: HoursTexts = {
  days: ['Pazartesi', 'Salı', 'Çarşamba', 'Perşembe', 'Cuma', 'Cumartesi', 'Pazar'],
  months: [
    'Ocak',
    'Şubat',
    'Mart',
    'Nisan',
    'Mayıs',
    'Haziran',
    'Temmuz',
    'Ağustos',
    'Eylül',
    'Ekim',
    'Kasım',
    'Aralık',
  ],
  dayMonth: (day, month) => `${day} ${month}`,
  weekdayDate: (dayName, dayMonth) => `${dayMonth} ${dayName}`,
  holidays: {
    newYear: 'Yılbaşı',
    goodFriday: 'Kutsal Cuma',
    easter: 'Paskalya Pazarı',
    easterMonday: 'Paskalya Pazartesisi',
    kingsDay: 'Kral Günü',
    queensDay: 'Kraliçe Günü',
    liberation: 'Kurtuluş Günü',
    ascension: 'Göğe Yükseliş Günü',
    whitSunday: 'Pentekost Pazarı',
    whitMonday: 'Pentekost Pazartesisi',
    christmas: 'Noel',
    boxingDay: 'Noel’in ikinci günü',
  },
  bothHolidays: (a, b) => `${a} ve ${b}`,
  open: 'Şimdi açık',
  closed: 'Kapalı',
  closedToday: 'Bugün kapalı',
  withReason: (head, reason) => `${head} (${reason})`,
  then: (head, next) => `${head} · ${next}`,
  // "kapanış: 17:00" rather than "17:00'de kapanır": the suffix would follow vowel harmony.
  closes: (w) =>
    w.days <= 0
      ? `kapanış: ${w.time}`
      : w.days === 1
        ? `kapanış: yarın ${w.time}`
        : w.days < 7
          ? `kapanış: ${w.dayName} ${w.time}`
          : `kapanış: ${w.date} ${w.dayName} ${w.time}`,
  opens: (w) =>
    w.days <= 0
      ? `açılış: ${w.time}`
      : w.days === 1
        ? `açılış: yarın ${w.time}`
        : w.days < 7
          ? `açılış: ${w.dayName} ${w.time}`
          : `açılış: ${w.date} ${w.dayName} ${w.time}`,
  newHoursFrom: (date) => `${date} tarihinden itibaren yeni çalışma saatleri`,
  hoursValidUntil: (date) => `Çalışma saatleri ${date} tarihine kadar geçerliydi`,
};
