import { isSlug, MAX_SLUG_LENGTH, toSlug } from '../../src/lib/slug';

describe('toSlug: one slug rule for Vietnamese text', () => {
  it.each([
    ['Đảng ủy phường', 'dang-uy-phuong'],
    ['Kế hoạch 17/KH-BBT', 'ke-hoach-17-kh-bbt'],
    ['ĐỒNG ĐA – Hà Đông', 'dong-da-ha-dong'],
    ['Nghị định 42/2022/NĐ-CP', 'nghi-dinh-42-2022-nd-cp'],
    ['  Tin   tức, sự kiện!  ', 'tin-tuc-su-kien'],
    ['Hội Người cao tuổi: "Sống vui, sống khỏe"', 'hoi-nguoi-cao-tuoi-song-vui-song-khoe'],
    ['Thủ tục 1.001193', 'thu-tuc-1-001193'],
    ['Quyết định số 15/QĐ-UBND ngày 02/03/2026', 'quyet-dinh-so-15-qd-ubnd-ngay-02-03-2026'],
  ])('%s → %s', (text, slug) => {
    expect(toSlug(text)).toBe(slug);
  });

  it('gives the same slug for decomposed (NFD) input as for composed text', () => {
    expect(toSlug('Đảng ủy phường'.normalize('NFD'))).toBe('dang-uy-phuong');
  });

  it('never maps đ to "dj", as the slugify default would', () => {
    expect(toSlug('đ Đ đường')).toBe('d-d-duong');
  });

  it('cuts long titles at a word boundary without a trailing dash', () => {
    const slug = toSlug('Phường Phú Lâm '.repeat(20));
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug).toMatch(/^(phuong-phu-lam-)+(phuong|phuong-phu|phuong-phu-lam)$/);
    expect(isSlug(slug)).toBe(true);
  });

  it('returns an empty slug for text with no letters or digits', () => {
    expect(toSlug('—/—')).toBe('');
  });
});

describe('isSlug', () => {
  it.each(['dang-uy-phuong', 'a', 'ke-hoach-17-kh-bbt'])('accepts %s', (slug) => expect(isSlug(slug)).toBe(true));
  it.each(['Đảng-ủy', 'dang--uy', '-dang', 'dang-', 'dang uy', 'DANG', ''])('refuses %p', (slug) =>
    expect(isSlug(slug)).toBe(false),
  );
});
