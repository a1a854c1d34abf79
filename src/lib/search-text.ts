/**
 * Text folded for accent-insensitive matching: lower case, marks removed, đ → d (NFD leaves đ whole),
 * spaces collapsed. "Đống Đa" and "dong da" fold to the same "dong da".
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
