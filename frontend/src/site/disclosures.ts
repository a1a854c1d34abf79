/**
 * Disclosures by quarter and by expiry (issue 18, point 3). The grassroots-democracy law asks for a quarterly
 * list of what was disclosed (Luật Thực hiện dân chủ ở cơ sở, Art. 13(2)); an item whose disclosure period
 * has ended moves to the archive, where it stays listed, marked as expired. Days are Hà Nội's days
 * ("yyyy-mm-dd"): the caller passes today as `isoDay(now)`, never the server's UTC date.
 */
export interface Dated {
  disclosedAt: string;
  disclosedUntil: string | null;
}

/** Year and quarter (1–4) of a "yyyy-mm-dd" day. */
export function quarterOf(day: string): { year: number; quarter: number } {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  return { year, quarter: Math.floor((month - 1) / 3) + 1 };
}

export const quarterUrl = (year: number, quarter: number) => `/cong-khai/${year}/quy-${quarter}/`;
export const ARCHIVE_URL = '/cong-khai/luu-tru/';

/** Expired once its last day has passed: on `disclosedUntil` itself it is still disclosed. */
export function isExpired(item: Dated, today: string): boolean {
  return item.disclosedUntil !== null && item.disclosedUntil !== '' && item.disclosedUntil.slice(0, 10) < today;
}

/** The items of each quarter by their disclosure day, newest quarter first, each in the items' order. */
export function byQuarter<T extends Dated>(items: readonly T[]): Array<{ year: number; quarter: number; url: string; items: T[] }> {
  const groups = new Map<string, { year: number; quarter: number; url: string; items: T[] }>();
  for (const item of items) {
    if (!item.disclosedAt) continue;
    const { year, quarter } = quarterOf(item.disclosedAt);
    const key = `${year}-${quarter}`;
    const group = groups.get(key) ?? { year, quarter, url: quarterUrl(year, quarter), items: [] };
    group.items.push(item);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => b.year - a.year || b.quarter - a.quarter);
}
