import type { HoursStrings } from '../strings.js';

/** Turkish text of <ido-opening-hours> (machine-checked draft). */
export const strings: HoursStrings = {
  hoursLabel: 'Çalışma saatleri',
  hoursRegionLabel: (name) => `Çalışma saatleri ${name}`,
  hoursLibrary: 'Kütüphane',
  hoursIdo: 'Dijital Devlet Bilgi Noktası',
  hoursIdoDuringLibrary: 'Bilgi Noktası, kütüphane açık olduğu sürece size yardım eder.',
  hoursWeekCaption: (label) => `${label} bu hafta`,
  hoursToday: 'Bugün',
  hoursTodayMarker: 'bugün',
  hoursChangesTitle: 'Önümüzdeki 2 haftada farklı çalışma saatleri',
  hoursCall: (phone) => `Arayın: ${phone}`,
  hoursWebsite: 'Kütüphanenin web sitesi',
  hoursAppointment: 'Randevu alın',
  hoursContact: 'İletişim',
  hoursPhone: 'Telefon saatleri',
  hoursBring: 'Yanınızda getirin:',
  hoursHelpline: 'Bugün kapalı mı? Yardım için telefonla da arayabilirsiniz:',
  hoursNotFound: 'Bu yer (artık) mevcut değil. Lütfen yeniden arayın.',
  hoursNoLocation: 'Bir yer seçilmedi.',
  hoursOutreachTitle: 'Bu hafta ayrıca:',
  hoursOutreachPlace: (place, address) => `${place}, ${address} adresinde`,
};
