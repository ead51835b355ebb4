// Number formatters shared across renders. Tables format hundreds of figures per page; next-intl's
// format.number looks its formatter up by a JSON key on every call, and a new Intl.NumberFormat
// per cell would cost more still, so each (locale, style) pair is built once per process.
const cache = new Map<string, Intl.NumberFormat>();

export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}|${options.style ?? ""}|${options.maximumFractionDigits ?? ""}|${options.minimumFractionDigits ?? ""}|${options.notation ?? ""}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    cache.set(key, format);
  }
  return format;
}
