import { HOURS_TEXTS_TR } from '@idokit/sdk';
import type { SharedLanguagePack } from '../strings.js';

/**
 * Turkish (Türkçe) shared by every element (each element brings its own text in its folder). Machine-checked draft: a native speaker should
 * review it before it is called final (see the package README).
 */
export const tr: SharedLanguagePack = {
  lang: 'tr',
  dir: 'ltr',
  review: 'machine-checked draft',
  strings: {
    loading: 'Yükleniyor…',
    retry: 'Tekrar deneyin',
    errorGeneric: 'Bir sorun oluştu. Lütfen daha sonra tekrar deneyin.',
    errorNetwork: 'Bağlantı yok. İnternetinizi kontrol edip tekrar deneyin.',
    errorOriginNotAllowed: (origin, setting) =>
      `IDO Kit sunucusu bu web sitesine (${origin}) izin vermiyor. Sunucu yöneticisinden ${origin} adresini ${setting} ayarına eklemesini isteyin.`,
    errorServer: 'Bilgiler şu anda alınamıyor. Lütfen daha sonra tekrar deneyin.',
    errorNotFound: 'Bu bilgi (artık) mevcut değil.',
    errorInvalidData: 'Bu bilgi şu anda kullanılamıyor.',
    errorNoSource: 'Bu bölüm henüz ayarlanmadı: veri kaynağı yok (api veya feed).',
    close: 'Kapat',
    opensInNewWindow: '(yeni pencerede açılır)',
    resultCount: (count) => (count === 0 ? 'Sonuç yok' : `${count} sonuç`),
    distanceKm: (formatted) => `${formatted} km`,
    hoursClosed: 'kapalı',
    hoursRange: (opens, closes) => `${opens} ile ${closes} arası`,
    calendar: HOURS_TEXTS_TR,
  },
};
