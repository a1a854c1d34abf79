import { documentTypeName, parseDocumentNumber } from '../../src/lib/document-number';

describe('parseDocumentNumber', () => {
  it.each([
    ['17/KH-BBT', { number: 17, year: null, docType: 'KH', issuer: 'BBT' }],
    ['42/2022/NĐ-CP', { number: 42, year: 2022, docType: 'NĐ', issuer: 'CP' }],
    ['15/QĐ-UBND', { number: 15, year: null, docType: 'QĐ', issuer: 'UBND' }],
    ['60/2014/QH13', { number: 60, year: 2014, docType: '', issuer: 'QH13' }],
    ['123/QĐ-UBND-VP', { number: 123, year: null, docType: 'QĐ', issuer: 'UBND-VP' }],
    ['Số: 17/KH-BBT', { number: 17, year: null, docType: 'KH', issuer: 'BBT' }],
    [' 17 / KH - BBT ', { number: 17, year: null, docType: 'KH', issuer: 'BBT' }],
    ['42/2022/nđ-cp', { number: 42, year: 2022, docType: 'NĐ', issuer: 'CP' }],
    ['05/2023/TT-BTP', { number: 5, year: 2023, docType: 'TT', issuer: 'BTP' }],
  ])('%s', (raw, parsed) => {
    expect(parseDocumentNumber(raw)).toEqual(parsed);
  });

  it('reads decomposed (NFD) Đ as Đ', () => {
    expect(parseDocumentNumber('42/2022/NĐ-CP'.normalize('NFD'))).toEqual({
      number: 42,
      year: 2022,
      docType: 'NĐ',
      issuer: 'CP',
    });
  });

  it.each(['', 'abc', '17KH-BBT', '/KH-BBT', '17/', '17/2022/', 'KH-BBT/17', '17/22/NĐ-CP'])('refuses %p', (raw) => {
    expect(parseDocumentNumber(raw)).toBeNull();
  });
});

describe('documentTypeName', () => {
  it.each([
    ['KH', 'Kế hoạch'],
    ['NĐ', 'Nghị định'],
    ['QĐ', 'Quyết định'],
    ['TTR', 'Tờ trình'],
  ])('%s → %s', (type, name) => expect(documentTypeName(type)).toBe(name));

  it('knows no name for an empty or unknown type', () => {
    expect(documentTypeName('')).toBeUndefined();
    expect(documentTypeName('XYZ')).toBeUndefined();
  });
});
