import type { HoursStrings } from '../strings.js';

/** Ukrainian text of <ido-opening-hours> (machine-checked draft). */
export const strings: HoursStrings = {
  hoursLabel: 'Години роботи',
  hoursRegionLabel: (name) => `Години роботи: ${name}`,
  hoursLibrary: 'Бібліотека',
  hoursIdo: 'Інформаційний пункт цифрового уряду',
  hoursIdoDuringLibrary: 'Інформаційний пункт допомагає, поки бібліотека відчинена.',
  hoursWeekCaption: (label) => `${label}: цей тиждень`,
  hoursToday: 'Сьогодні',
  hoursTodayMarker: 'сьогодні',
  hoursChangesTitle: 'Інші години роботи в найближчі 2 тижні',
  hoursCall: (phone) => `Зателефонувати: ${phone}`,
  hoursWebsite: 'Сайт бібліотеки',
  hoursAppointment: 'Записатися на прийом',
  hoursContact: 'Контакти',
  hoursPhone: 'Години телефонного зв’язку',
  hoursBring: 'Візьміть із собою:',
  hoursHelpline: 'Сьогодні зачинено? Ви також можете зателефонувати по допомогу:',
  hoursNotFound: 'Цього місця не існує (більше). Знайдіть його ще раз.',
  hoursNoLocation: 'Місце не вибрано.',
  hoursOutreachTitle: 'Цього тижня також:',
  hoursOutreachPlace: (place, address) => `у місці: ${place}, ${address}`,
};
