/**
 * The design system's date picker heads its columns with the first two letters of each weekday's short name
 * (`weekday: 'short'`, then `.slice(0, 2)`): in Vietnamese "Thứ 2" … "Thứ 7" all become "Th". Vietnamese
 * calendars head them T2 … CN, which is Intl's narrow form; so a Vietnamese formatter asked for the short
 * weekday alone gets the narrow one. Every other formatter is Intl's own.
 */
const isVietnamese = (locales: unknown) => [locales].flat().some((locale) => typeof locale === 'string' && /^vi\b/i.test(locale));

export function headWeekdaysTheVietnameseWay(): void {
  const Native = Intl.DateTimeFormat;
  if ((Native as { wardPatched?: boolean }).wardPatched) return;
  const Patched = function (this: unknown, locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
    const onlyShortWeekday = options && options.weekday === 'short' && Object.keys(options).every((key) => key === 'weekday' || key === 'timeZone' || key === 'calendar');
    return new Native(locales, onlyShortWeekday && isVietnamese(locales) ? { ...options, weekday: 'narrow' } : options);
  } as unknown as typeof Intl.DateTimeFormat & { wardPatched?: boolean };
  Object.defineProperty(Patched, 'prototype', { value: Native.prototype });
  Patched.supportedLocalesOf = Native.supportedLocalesOf.bind(Native);
  Patched.wardPatched = true;
  Intl.DateTimeFormat = Patched;
}
