/**
 * The ward of plan 17/KH-BBT (2020): Phú Lâm, then in quận Hà Đông, Hà Nội. Since 1 July 2025 there is no
 * district level (Law 72/2025/QH15), so the demo names no district: the ward answers to the city, and its page
 * is a component of the city's portal (docs/legal-basis.md). The 2025 merger reportedly put Phú Lâm into the new
 * phường Phú Lương (Resolution 1656/NQ-UBTVQH15, read in a dataset's transcription only); the demo keeps the
 * plan's name.
 */
export const SITE_SETTINGS = {
  // A demo code in the national list's shape (5 digits), not checked against the list.
  code: '09556',
  // Served on the machine's own names, so `npm run develop` and the test suites read this ward's site.
  domains: 'localhost\n127.0.0.1',
  vi: {
    wardName: 'Phường Phú Lâm',
    siteTitle: 'Trang thông tin điện tử phường Phú Lâm',
    address: 'Ủy ban nhân dân phường Phú Lâm, thành phố Hà Nội',
    phone: '024 3353 0000',
    email: 'ubndphulam@hanoi.gov.vn',
    personResponsible: 'Trưởng Ban biên tập Trang thông tin điện tử phường',
    personResponsibleTitle: 'Chịu trách nhiệm nội dung',
    licence: 'Trang thông tin điện tử thành phần của Cổng thông tin điện tử thành phố Hà Nội',
    nationalPortalUrl: 'https://dichvucong.gov.vn',
    provincialPortalUrl: 'https://dichvucong.hanoi.gov.vn',
    socialPageUrl: 'https://www.facebook.com/phulamngaymoi',
    infoContactName: 'Văn phòng HĐND – UBND phường (ông Hoàng Minh Đức, Chánh Văn phòng)',
    infoContactPhone: '024 3353 0105',
    infoContactEmail: 'vanphong@phulam.demo',
    infoContactAddress: 'Bộ phận tiếp nhận và trả kết quả, Ủy ban nhân dân phường Phú Lâm',
  },
  en: {
    wardName: 'Phu Lam Ward',
    siteTitle: 'Phu Lam Ward e-information page',
    address: "Phu Lam Ward People's Committee, Hanoi",
    personResponsibleTitle: 'Responsible for content',
    licence: 'A component site of the Hanoi City portal',
    infoContactName: "Office of the People's Council and Committee",
    infoContactAddress: "One-stop desk, Phu Lam Ward People's Committee",
  },
} as const;

type UnitKind = 'department' | 'party_mass_org' | 'residential_group' | 'office';

/** The 16 contributing units named by the plan (section II.4–5). */
export const UNITS: Array<{ name: string; kind: UnitKind; monthlyQuota: number }> = [
  { name: 'Đảng ủy phường', kind: 'party_mass_org', monthlyQuota: 4 },
  { name: 'Hội đồng nhân dân phường', kind: 'office', monthlyQuota: 2 },
  { name: 'Văn phòng HĐND – UBND phường', kind: 'office', monthlyQuota: 4 },
  { name: 'Ủy ban Mặt trận Tổ quốc phường', kind: 'party_mass_org', monthlyQuota: 3 },
  { name: 'Đoàn Thanh niên phường', kind: 'party_mass_org', monthlyQuota: 3 },
  { name: 'Hội Liên hiệp Phụ nữ phường', kind: 'party_mass_org', monthlyQuota: 3 },
  { name: 'Hội Cựu chiến binh phường', kind: 'party_mass_org', monthlyQuota: 2 },
  { name: 'Hội Người cao tuổi phường', kind: 'party_mass_org', monthlyQuota: 2 },
  { name: 'Hội Chữ thập đỏ phường', kind: 'party_mass_org', monthlyQuota: 2 },
  { name: 'Công an phường', kind: 'department', monthlyQuota: 3 },
  { name: 'Ban Chỉ huy Quân sự phường', kind: 'department', monthlyQuota: 2 },
  { name: 'Bộ phận Văn hóa – Thông tin', kind: 'department', monthlyQuota: 6 },
  { name: 'Tư pháp – Hộ tịch', kind: 'department', monthlyQuota: 3 },
  { name: 'Địa chính – Xây dựng', kind: 'department', monthlyQuota: 2 },
  { name: 'Bộ phận tiếp nhận và trả kết quả (một cửa)', kind: 'department', monthlyQuota: 2 },
  { name: 'Các tổ dân phố', kind: 'residential_group', monthlyQuota: 4 },
];

/** Sections of the page, from what the plan asks to publish (section II.3). */
export const CATEGORIES: Array<{
  name: string;
  nameEn: string;
  order: number;
  minWords?: number;
  publishDeadlineDays?: number;
  requiresOrientationReview?: boolean;
}> = [
  { name: 'Tin tức – Sự kiện', nameEn: 'News and events', order: 1 },
  { name: 'Hoạt động của Đảng ủy', nameEn: 'Party committee', order: 2, requiresOrientationReview: true },
  { name: 'Hoạt động HĐND – UBND', nameEn: "People's Council and Committee", order: 3 },
  { name: 'Mặt trận và các đoàn thể', nameEn: 'Fatherland Front and mass organisations', order: 4 },
  { name: 'Tổ dân phố', nameEn: 'Residential groups', order: 5 },
  { name: 'Cải cách hành chính', nameEn: 'Administrative reform', order: 6 },
  { name: 'Phổ biến, giáo dục pháp luật', nameEn: 'Legal dissemination', order: 7, publishDeadlineDays: 15 },
  { name: 'Văn hóa – Xã hội', nameEn: 'Culture and society', order: 8 },
  { name: 'Quốc phòng – An ninh', nameEn: 'Defence and security', order: 9 },
  { name: 'Thông báo', nameEn: 'Announcements', order: 10, minWords: 30, publishDeadlineDays: 1 },
  {
    name: 'Phóng sự chuyên đề',
    nameEn: 'Special reports',
    order: 11,
    minWords: 1000,
    publishDeadlineDays: 7,
    requiresOrientationReview: true,
  },
];

export const PROCEDURE_FIELDS = [
  { name: 'Hộ tịch', code: 'HT', order: 1 },
  { name: 'Chứng thực', code: 'CT', order: 2 },
  { name: 'Đất đai', code: 'DD', order: 3 },
  { name: 'Bảo trợ xã hội', code: 'BTXH', order: 4 },
  { name: 'Văn hóa cơ sở', code: 'VHCS', order: 5 },
];
