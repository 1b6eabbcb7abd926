import type { HoursStrings } from '../strings.js';

/** Arabic text of <ido-opening-hours> (machine-checked draft). */
export const strings: HoursStrings = {
  hoursLabel: 'مواعيد العمل',
  hoursRegionLabel: (name) => `مواعيد العمل: ${name}`,
  hoursLibrary: 'المكتبة',
  hoursIdo: 'نقطة معلومات الحكومة الرقمية',
  hoursIdoDuringLibrary: 'تساعدك نقطة المعلومات طوال وقت فتح المكتبة.',
  hoursWeekCaption: (label) => `${label} هذا الأسبوع`,
  hoursToday: 'اليوم',
  hoursTodayMarker: 'اليوم',
  hoursChangesTitle: 'مواعيد مختلفة خلال الأسبوعين القادمين',
  hoursCall: (phone) => `اتصل على ${phone}`,
  hoursWebsite: 'موقع المكتبة',
  hoursAppointment: 'احجز موعدًا',
  hoursContact: 'التواصل',
  hoursPhone: 'ساعات الهاتف',
  hoursBring: 'أحضر معك:',
  hoursHelpline: 'مغلق اليوم؟ يمكنك أيضًا الاتصال للحصول على المساعدة:',
  hoursNotFound: 'هذا المكان غير موجود (لم يعد موجودًا). ابحث عنه مرة أخرى.',
  hoursNoLocation: 'لم يتم اختيار مكان.',
  hoursOutreachTitle: 'هذا الأسبوع أيضًا:',
  hoursOutreachPlace: (place, address) => `في ${place}، ${address}`,
};
