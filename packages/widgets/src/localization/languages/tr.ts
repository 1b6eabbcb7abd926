import type { ResidentLanguagePack } from './types.js';

/**
 * Turkish (Türkçe) for the resident elements. Machine-checked draft: a native speaker should
 * review it before it is called final (see the package README).
 */
export const tr: ResidentLanguagePack = {
  lang: 'tr',
  dir: 'ltr',
  review: 'machine-checked draft',
  strings: {
    loading: 'Yükleniyor…',
    retry: 'Tekrar deneyin',
    errorGeneric: 'Bir sorun oluştu. Lütfen daha sonra tekrar deneyin.',
    errorNetwork: 'Bağlantı yok. İnternetinizi kontrol edip tekrar deneyin.',
    errorServer: 'Bilgiler şu anda alınamıyor. Lütfen daha sonra tekrar deneyin.',
    errorNotFound: 'Bu bilgi (artık) mevcut değil.',
    errorInvalidData: 'Bu bilgi şu anda kullanılamıyor.',
    errorNoSource: 'Bu bölüm henüz ayarlanmadı: veri kaynağı yok (api veya feed).',
    close: 'Kapat',
    opensInNewWindow: '(yeni pencerede açılır)',
    resultCount: (count) => (count === 0 ? 'Sonuç yok' : `${count} sonuç`),
    distanceKm: (formatted) => `${formatted} km`,

    calendar: {
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
    },

    hoursLabel: 'Çalışma saatleri',
    hoursRegionLabel: (name) => `Çalışma saatleri ${name}`,
    hoursLibrary: 'Kütüphane',
    hoursIdo: 'Dijital Devlet Bilgi Noktası',
    hoursIdoDuringLibrary: 'Bilgi Noktası, kütüphane açık olduğu sürece size yardım eder.',
    hoursWeekCaption: (label) => `${label} bu hafta`,
    hoursToday: 'Bugün',
    hoursTodayMarker: 'bugün',
    hoursClosed: 'kapalı',
    hoursUntil: 'ile',
    hoursChangesTitle: 'Önümüzdeki 2 haftada farklı çalışma saatleri',
    hoursCall: (phone) => `Arayın: ${phone}`,
    hoursWebsite: 'Kütüphanenin web sitesi',
    hoursAppointment: 'Randevu alın',
    hoursContact: 'İletişim',
    hoursNotFound: 'Bu yer (artık) mevcut değil. Lütfen yeniden arayın.',
    hoursNoLocation: 'Bir yer seçilmedi.',

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
    locatorCall: (phone) => `Arayın: ${phone}`,
    locatorPhone: (phone) => `Telefon: ${phone}`,
    locatorWebsite: 'Web sitesi',
    locatorAppointment: 'Randevu alın',
    locatorRoute: 'Yol tarifi:',
    locatorRouteTransit: 'Toplu taşıma',
    locatorRouteWalking: 'Yürüyerek',
    locatorRouteCycling: 'Bisikletle',
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
  },
};
