/** Number formats by language and precision, made once: a result list formats one per row. */
const formats = new Map<string, Intl.NumberFormat>();

/**
 * A number as the reader's language writes it ("1.234", "1,234"), with at most
 * `maximumFractionDigits` decimals (unset: `Intl`'s default, 3).
 *
 * @example formatNumber(1.25, 'nl', 1) // '1,3'
 */
export function formatNumber(
  value: number,
  locale: string,
  maximumFractionDigits?: number,
): string {
  const key = `${locale}|${maximumFractionDigits ?? ''}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(
      locale,
      maximumFractionDigits === undefined ? undefined : { maximumFractionDigits },
    );
    formats.set(key, format);
  }
  return format.format(value);
}
