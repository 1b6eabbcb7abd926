import type { LocatorStrings } from '../strings.js';

/** Turkish text of <ido-locator> (machine-checked draft). */
export const strings: LocatorStrings = {
  locatorLabel: 'Dijital Devlet Bilgi Noktası arayın',
  locatorFormLabel: 'Bilgi Noktası arayın',
  locatorSearchLabel: 'Posta kodu veya şehir',
  locatorSearchHint: 'Örneğin 1234 AB veya Zwolle',
  locatorSearchButton: 'Ara',
  locatorOr: 'veya',
  locatorUseLocation: 'Konumumu kullan',
  locatorUseLocationInfo: (mode) =>
    mode === 'http'
      ? 'Tarayıcınız önce izin ister. Konumunuzu yalnızca uzaklığa göre sıralamak için kullanırız. Yaklaşık 100 metreye yuvarlanarak yalnızca kütüphanenin sunucusuna gider. Konumunuzu saklamayız.'
      : 'Tarayıcınız önce izin ister. Konumunuzu yalnızca uzaklığa göre sıralamak için kullanırız. Konumunuz cihazınızda kalır ve saklanmaz.',
  locatorLocating: 'Konumunuz bulunuyor…',
  locatorGeoDenied:
    'Tarayıcınız konumunuzu paylaşmıyor. Belki izin vermediniz. Lütfen posta kodunuzu veya şehrinizi yazın.',
  locatorGeoUnavailable: 'Konumunuz bulunamadı. Lütfen posta kodunuzu veya şehrinizi yazın.',
  locatorGeoUnsupported:
    'Bu tarayıcı konumunuzu paylaşamıyor. Lütfen posta kodunuzu veya şehrinizi yazın.',
  locatorPostcodeProblem: {
    empty: 'Bir posta kodu veya şehir yazın.',
    'leading-zero': 'Hollanda posta kodu asla 0 ile başlamaz. İlk rakamı kontrol edin.',
    'wrong-digits': 'Posta kodu 4 rakam ve 2 harften oluşur, örneğin 1234 AB.',
    'wrong-letters': '4 rakamdan sonra 2 harf gelir, örneğin 1234 AB.',
    'reserved-letters': 'Posta kodu asla SA, SD veya SS ile bitmez. Harfleri kontrol edin.',
    'unexpected-characters':
      'Posta kodunda yalnızca rakam ve harf vardır, örneğin 1234 AB. Ev numarasını yazmayın.',
  },
  locatorNotFound: (query) =>
    `“${query}” bulunamadı. Yazımı kontrol edin veya bir posta kodu yazın.`,
  locatorTooShort: 'Daha uzun bir yer adı veya bir posta kodu yazın.',
  locatorGeocodeUnavailable:
    'Posta kodu veya yer ile arama şu anda çalışmıyor. Daha sonra tekrar deneyin veya konumunuzu kullanın.',
  locatorFilters: 'Yalnızca göster',
  locatorOpenNow: 'Şimdi açık',
  locatorService: {
    'walk-in': 'Randevusuz gelebilirsiniz',
    'by-appointment': 'Randevu ile',
    'by-phone': 'Telefonla yardım',
    'digital-skills-course': 'Dijital beceriler kursu',
    'wheelchair-accessible': 'Tekerlekli sandalyeye uygun',
    'hearing-loop': 'İşitme döngüsü',
  },
  locatorRadiusLabel: 'Uzaklık',
  locatorRadiusOption: (km) => `${km} km içinde`,
  locatorSearching: 'Aranıyor…',
  locatorYourLocation: 'konumunuz',
  locatorFound: (count, km, origin) =>
    `${origin} çevresinde ${km} km içinde ${count} Bilgi Noktası bulundu.`,
  locatorShowing: (shown) =>
    shown === 1 ? 'En yakın olanı görüyorsunuz.' : `En yakın ${shown} yeri görüyorsunuz.`,
  locatorNone: (km, origin) => `${origin} çevresinde ${km} km içinde Bilgi Noktası bulunamadı.`,
  locatorNoneOpen: 'Yakında şu anda kapalı olan bir yer olabilir.',
  locatorWiden: (km) => `${km} km içinde ara`,
  locatorShowClosed: 'Şu anda kapalı olanları da göster',
  locatorHelpline: 'Yardım için telefonla da arayabilirsiniz:',
  locatorResults: 'Arama sonuçları',
  locatorMore: 'Daha fazla göster',
  locatorDistance: 'Uzaklık:',
  locatorHoursLabel: (kind) =>
    kind === 'ido' ? 'Bilgi Noktası saatleri:' : 'Kütüphane (ayrı saat yok):',
  locatorLanguages: 'Diller:',
  locatorPhoneHours: 'Telefon saatleri:',
  locatorBring: 'Yanınızda getirin:',
  locatorCall: (phone) => `Arayın: ${phone}`,
  locatorPhone: (phone) => `Telefon: ${phone}`,
  locatorWebsite: 'Web sitesi',
  locatorAppointment: 'Randevu alın',
  locatorRoute: 'Yol tarifi:',
  locatorRouteTransit: 'Toplu taşıma',
  locatorRouteWalking: 'Yürüyerek',
  locatorRouteCycling: 'Bisikletle',
  locatorOutreachHeading: 'Bu hafta kütüphane dışında bilgi noktası',
  locatorFor: (name) => ` (${name})`,
  locatorSelect: 'Bunu seç',
  locatorSelected: 'Seçildi',
  locatorShowMap: 'Haritada göster',
  locatorHideMap: 'Haritayı gizle',
  locatorMapLabel: (count) => `${count} Bilgi Noktası içeren harita. Liste aynı bilgileri verir.`,
  locatorMapLoading: 'Harita yükleniyor…',
  locatorMapFailed: 'Harita şu anda gösterilemiyor. Liste çalışmaya devam ediyor.',
  locatorMapAttribution: 'Harita verileri © Kadaster',
  locatorZoomIn: 'Yakınlaştır',
  locatorZoomOut: 'Uzaklaştır',
};
