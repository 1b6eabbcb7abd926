import type { PartnerFoundContext, PartnerStrings } from '../strings.js';

/**
 * What narrows the list, as a bracketed list ("Zwolle; konu: Toeslagen"): Dutch place and
 * subject names cannot take Turkish case endings safely.
 */
const where = ({ municipality, theme, kind, query }: PartnerFoundContext) => {
  const parts = [
    municipality,
    kind ? `tür: ${kind}` : '',
    theme ? `konu: ${theme}` : '',
    query ? `arama: “${query}”` : '',
  ].filter(Boolean);
  return parts.length ? ` (${parts.join('; ')})` : '';
};

/** Turkish text of <ido-partner-list> (machine-checked draft). */
export const strings: PartnerStrings = {
  partnerLabel: 'Size yardımcı olabilecek kuruluşlar',
  partnerFormLabel: 'Bir kuruluş arayın',
  partnerSearchLabel: 'Ad veya konuya göre arayın',
  partnerSearchHint: 'Örneğin: borçlar, formlar veya Humanitas (açıklamalar Hollandacadır)',
  partnerSearchButton: 'Ara',
  partnerThemeLabel: 'Konu',
  partnerThemeAll: 'Tüm konular',
  partnerFound: (count, context) => `${count} kuruluş bulundu${where(context)}.`,
  partnerNone: (context) => `Hiç kuruluş bulunamadı${where(context)}.`,
  partnerNoneInArea: (municipality) => `${municipality} için listede henüz kuruluş yok.`,
  partnerTryTitle: 'Ne yapabilirsiniz?',
  partnerTryWords: 'Başka bir kelime veya daha az kelime deneyin.',
  partnerTryTheme: 'Başka bir konu veya tüm konuları seçin.',
  partnerTryDesk: 'Kütüphanedeki Bilgi Noktası’na sorun. Sizinle birlikte arayalım.',
  partnerClearSearch: 'Arama kelimelerini silin',
  partnerAllThemes: 'Tüm konuları göster',
  partnerAllKinds: 'Tüm yardım türlerini göster',
  partnerListLabel: (group) => group ?? 'Kuruluşlar',
  partnerHelpsWith: 'Yardım konuları:',
  partnerKind: 'Yardım türü:',
  partnerContactTitle: 'Nasıl iletişime geçersiniz',
  partnerReferTitle: 'Ziyaretçiyi nasıl yönlendirirsiniz',
  partnerMethod: {
    'by-phone': 'Telefonla',
    'by-email': 'E-postayla',
    'walk-in': 'Randevusuz gelin',
    'form-url': 'Formla başvurun',
  },
  partnerCall: (phone) => `Arayın: ${phone}`,
  partnerPhone: (phone) => `Telefon: ${phone}`,
  partnerMail: (email) => `E-posta gönderin: ${email}`,
  partnerEmail: (email) => `E-posta: ${email}`,
  partnerForm: 'Başvuru formunu açın',
  partnerFormText: (url) => `Form: ${url}`,
  partnerAddress: 'Adres:',
  partnerWebsite: 'Web sitesi',
  partnerWebsiteText: (url) => `Web sitesi: ${url}`,
  partnerHours: 'Açılış saatleri:',
  partnerHoursWeek: 'Bu haftanın açılış saatleri',
  partnerLanguages: 'Diller:',
  partnerCost: 'Ücret:',
  partnerCostKind: {
    free: 'Ücretsiz',
    'free-for-members': 'Üyelere ücretsiz',
    fee: 'Bir katkı payı ödersiniz',
  },
  partnerFor: (name) => ` (${name})`,
  partnerSelect: 'Bu kuruluşu seç',
  partnerSelectStaff: 'Yönlendirme için seç',
  partnerSelected: 'Seçildi',
  partnerStaffInstructions: 'Personel için:',
  partnerBring: 'Yanınızda getirin:',
  partnerHelpline: 'Yardım için ayrıca arayabilirsiniz:',
};
