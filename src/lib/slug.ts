import slugify from 'slugify';

/**
 * The one slug rule of the project. `slugify`'s default charmap turns đ into "dj" and drops "/",
 * so we ask for its Vietnamese locale and make "/" a word break first:
 * "Đảng ủy phường" → "dang-uy-phuong", "Kế hoạch 17/KH-BBT" → "ke-hoach-17-kh-bbt".
 */
export const MAX_SLUG_LENGTH = 120;

export function toSlug(text: string): string {
  const spaced = text.normalize('NFC').replace(/[/\\_.]+/g, ' ');
  const slug = slugify(spaced, { locale: 'vi', lower: true, strict: true, trim: true });
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : MAX_SLUG_LENGTH);
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isSlug(value: string): boolean {
  return SLUG_PATTERN.test(value) && value.length <= MAX_SLUG_LENGTH;
}
