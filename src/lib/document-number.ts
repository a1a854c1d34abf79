/**
 * Vietnamese document numbers ("số, ký hiệu"), as written on the document:
 *   administrative  <number>/<TYPE>-<ISSUER>[-<SUB-ISSUER>]   17/KH-BBT, 15/QĐ-UBND
 *   legal normative <number>/<year>/<TYPE>-<ISSUER>           123/2015/NĐ-CP
 *   laws            <number>/<year>/<ISSUER>                  60/2014/QH13 (no type in the symbol)
 * Abbreviations contain Đ, so the letter classes are Unicode-aware.
 */
export interface DocumentNumber {
  number: number;
  year: number | null;
  docType: string;
  issuer: string;
}

const PATTERN =
  /^\s*(?:SỐ[:\s]*)?(\d{1,6})\s*\/\s*(?:(\d{4})\s*\/\s*)?(?:(\p{Lu}[\p{Lu}\d]*)\s*-\s*)?(\p{Lu}[\p{Lu}\d]*(?:\s*-\s*[\p{Lu}\d]+)*)\s*$/u;

export function parseDocumentNumber(raw: string): DocumentNumber | null {
  const match = PATTERN.exec(raw.normalize('NFC').toUpperCase());
  if (!match) return null;
  const [, number, year, docType, issuer] = match;
  return {
    number: Number(number),
    year: year ? Number(year) : null,
    docType: docType ?? '',
    issuer: issuer.replace(/\s+/g, ''),
  };
}

/** Names of the common document types, for titles and slugs ("Kế hoạch 17/KH-BBT"). */
export const DOCUMENT_TYPE_NAMES: Readonly<Record<string, string>> = {
  L: 'Luật',
  NQ: 'Nghị quyết',
  NĐ: 'Nghị định',
  QĐ: 'Quyết định',
  TT: 'Thông tư',
  CT: 'Chỉ thị',
  KH: 'Kế hoạch',
  TB: 'Thông báo',
  BC: 'Báo cáo',
  HD: 'Hướng dẫn',
  CV: 'Công văn',
  TTr: 'Tờ trình',
  QC: 'Quy chế',
  QY: 'Quy định',
  CTr: 'Chương trình',
};

export function documentTypeName(docType: string): string | undefined {
  return DOCUMENT_TYPE_NAMES[docType] ?? Object.entries(DOCUMENT_TYPE_NAMES).find(([k]) => k.toUpperCase() === docType)?.[1];
}
