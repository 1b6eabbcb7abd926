const formats = new Map<string, { names: Intl.DisplayNames; list: Intl.ListFormat }>();

/**
 * Language tags as a list in words, in the reader's language: `['nl', 'en', 'ar']` →
 * "Nederlands, Engels en Arabisch" (`nl`) or "Dutch, English and Arabic" (`en`). A tag `Intl`
 * does not know is shown as written.
 */
export function languageList(tags: readonly string[], locale: string): string {
  let format = formats.get(locale);
  if (!format) {
    const safe = usable(locale);
    format = {
      names: new Intl.DisplayNames([safe], { type: 'language', fallback: 'code' }),
      list: new Intl.ListFormat(safe, { type: 'conjunction' }),
    };
    formats.set(locale, format);
  }
  const { names, list } = format;
  return list.format(
    tags.map((tag) => {
      try {
        return names.of(tag) ?? tag;
      } catch {
        return tag;
      }
    }),
  );
}

/** Words as a list in the reader's language: "Toeslagen, Wonen en Zorg". */
export function wordList(words: readonly string[], locale: string): string {
  return new Intl.ListFormat(usable(locale), { type: 'conjunction' }).format(words);
}

/** `locale` if `Intl` accepts it (a page may say `lang="nl_NL"`), else Dutch. */
function usable(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'nl';
  } catch {
    return 'nl';
  }
}
