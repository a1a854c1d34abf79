/**
 * The demo's other wards: light next to Phú Lâm (site 1, data/site.ts), enough for a newcomer to see that each
 * ward has its own site, units, sections, news, schedule, pages and officials. Fictional people and text;
 * the codes are in the national list's shape (5 digits) but not checked against it. Each is served on
 * `<slug>.localhost` (Chromium resolves *.localhost to the machine itself).
 */
export interface DemoWard {
  code: string;
  /** Short name, as in "phường Tây Hồ". */
  name: string;
  nameEn: string;
  host: string;
  phone: string;
  email: string;
  /** Fictional officials: chairman of the People's Committee, head of the Culture and Information desk. */
  chairman: string;
  culture: string;
  population: string;
}

export const OTHER_WARDS: DemoWard[] = [
  {
    code: '00091', name: 'Tây Hồ', nameEn: 'Tay Ho', host: 'tay-ho.localhost', phone: '024 3718 0000',
    email: 'ubndtayho@hanoi.gov.vn', chairman: 'Lê Minh Tuấn', culture: 'Phạm Thu Hà', population: '32.000',
  },
  {
    code: '00235', name: 'Ô Chợ Dừa', nameEn: 'O Cho Dua', host: 'o-cho-dua.localhost', phone: '024 3851 0000',
    email: 'ubndochodua@hanoi.gov.vn', chairman: 'Trần Quốc Bảo', culture: 'Vũ Ngọc Lan', population: '45.000',
  },
];

export function wardSite(ward: DemoWard) {
  return {
    code: ward.code,
    domains: ward.host,
    wardName: `Phường ${ward.name}`,
    siteTitle: `Trang thông tin điện tử phường ${ward.name}`,
    address: `Ủy ban nhân dân phường ${ward.name}, thành phố Hà Nội`,
    phone: ward.phone,
    email: ward.email,
    personResponsible: `Trưởng Ban biên tập Trang thông tin điện tử phường ${ward.name}`,
    personResponsibleTitle: 'Chịu trách nhiệm nội dung',
    licence: 'Trang thông tin điện tử thành phần của Cổng thông tin điện tử thành phố Hà Nội',
    nationalPortalUrl: 'https://dichvucong.gov.vn',
    provincialPortalUrl: 'https://dichvucong.hanoi.gov.vn',
    translations: [{
      locale: 'en',
      wardName: `${ward.nameEn} Ward`,
      siteTitle: `${ward.nameEn} Ward e-information page`,
      address: `${ward.nameEn} Ward People's Committee, Hanoi`,
      personResponsibleTitle: 'Responsible for content',
    }],
  };
}

type UnitKind = 'department' | 'party_mass_org' | 'residential_group' | 'office';

/** A few units per ward (a ward's unit names are its own: the same name in two wards is two units). */
export const WARD_UNITS: Array<{ name: string; kind: UnitKind; monthlyQuota: number }> = [
  { name: 'Văn phòng HĐND – UBND phường', kind: 'office', monthlyQuota: 4 },
  { name: 'Bộ phận Văn hóa – Thông tin', kind: 'department', monthlyQuota: 6 },
  { name: 'Hội Liên hiệp Phụ nữ phường', kind: 'party_mass_org', monthlyQuota: 2 },
];

export const WARD_CATEGORIES = [
  { name: 'Tin tức – Sự kiện', nameEn: 'News and events', order: 1 },
  { name: 'Thông báo', nameEn: 'Announcements', order: 2, minWords: 30, publishDeadlineDays: 1 },
];

const words = (ward: DemoWard) => ({
  meeting: [
    `Sáng nay, tại hội trường Ủy ban nhân dân phường ${ward.name}, Ban biên tập Trang thông tin điện tử phường họp triển khai kế hoạch đưa tin, bài về hoạt động của phường đến người dân nhanh chóng, chính xác. Dự họp có lãnh đạo Đảng ủy, Ủy ban nhân dân phường và trưởng các ngành, đoàn thể.`,
    'Ban biên tập phân công mỗi đơn vị cộng tác một cán bộ đầu mối gửi tin, bài; tin có ảnh và chú thích rõ ràng, được người đứng đầu đơn vị kiểm duyệt trước khi gửi, và được đăng chậm nhất ba ngày sau sự kiện.',
    `Phát biểu kết luận, Chủ tịch Ủy ban nhân dân phường, ông ${ward.chairman}, đề nghị các đơn vị gửi tin đều đặn, đúng quy trình, để trang của phường trở thành kênh thông tin tin cậy của nhân dân.`,
  ],
  cleanup: [
    `Hưởng ứng phong trào "Ngày Chủ nhật xanh", sáng Chủ nhật vừa qua, hơn năm trăm đoàn viên, hội viên và người dân các tổ dân phố của phường ${ward.name} ra quân tổng vệ sinh môi trường, khơi thông cống rãnh, thu gom rác thải trên các tuyến phố và khu vực công cộng.`,
    'Hội Liên hiệp Phụ nữ phường vận động hội viên phân loại rác tại nguồn, trồng thêm cây xanh trước cửa nhà. Các tổ dân phố được giao theo dõi, nhắc nhở những điểm thường xuyên bị đổ trộm rác.',
    'Ủy ban nhân dân phường sẽ tổ chức đợt ra quân hằng tháng và biểu dương những tổ dân phố làm tốt trong buổi sơ kết cuối năm.',
  ],
  notice: [
    `Ủy ban nhân dân phường ${ward.name} thông báo: Bộ phận tiếp nhận và trả kết quả của phường làm việc vào sáng thứ Bảy hằng tuần, từ 8 giờ đến 11 giờ 30, để tiếp nhận hồ sơ hộ tịch, chứng thực cho người dân không thể đến trong giờ hành chính.`,
    'Người dân có thể nộp hồ sơ trực tuyến qua Cổng dịch vụ công quốc gia và theo dõi kết quả trên tài khoản dịch vụ công của mình.',
  ],
});

export function wardArticles(ward: DemoWard) {
  const text = words(ward);
  return [
    {
      title: `Phường ${ward.name} triển khai kế hoạch đưa tin trên Trang thông tin điện tử`, category: 'Tin tức – Sự kiện',
      unit: 'Bộ phận Văn hóa – Thông tin', daysAgo: 1, paragraphs: text.meeting, eventPlace: `Hội trường UBND phường ${ward.name}`,
      summary: `Ban biên tập Trang thông tin điện tử phường ${ward.name} phân công các đơn vị cộng tác gửi tin, bài về hoạt động của phường.`,
      english: {
        title: `${ward.nameEn} Ward plans the news of its e-information page`,
        summary: `The editorial board of ${ward.nameEn} Ward shared out the reporting among its contributing units.`,
        eventPlace: `Meeting hall, ${ward.nameEn} Ward People's Committee`,
        paragraphs: [
          `This morning the editorial board of the ${ward.nameEn} Ward e-information page met to plan how news of the ward reaches its residents quickly and accurately. Leaders of the Party committee and of the People's Committee attended, with the heads of the ward's units and organisations.`,
          'Each contributing unit names one person to send news; every item has captioned photographs, is checked by the head of its unit, and is published no later than three days after the event.',
          `Closing the meeting, the chairman of the People's Committee, ${ward.chairman}, asked the units to report regularly and by the book, so that the page becomes a trusted source for residents.`,
        ],
      },
    },
    {
      title: `"Ngày Chủ nhật xanh": người dân phường ${ward.name} làm sạch đường phố`, category: 'Tin tức – Sự kiện',
      unit: 'Hội Liên hiệp Phụ nữ phường', daysAgo: 4, paragraphs: text.cleanup, eventPlace: `Các tổ dân phố phường ${ward.name}`,
      summary: `Hơn năm trăm đoàn viên, hội viên và người dân phường ${ward.name} tham gia tổng vệ sinh môi trường.`,
    },
    {
      title: `Bộ phận một cửa phường ${ward.name} làm việc sáng thứ Bảy`, category: 'Thông báo',
      unit: 'Văn phòng HĐND – UBND phường', daysAgo: 6, paragraphs: text.notice, eventPlace: `UBND phường ${ward.name}`,
      summary: 'Bộ phận tiếp nhận và trả kết quả tiếp nhận hồ sơ hộ tịch, chứng thực vào sáng thứ Bảy hằng tuần.',
    },
  ];
}

export function wardSchedule(ward: DemoWard) {
  return [
    { day: 0, session: 'sang', time: '08:00:00', content: 'Giao ban Ủy ban nhân dân phường đầu tuần', chair: `Chủ tịch UBND phường ${ward.name}`, participants: 'Các Phó Chủ tịch UBND phường, công chức chuyên môn', place: 'Phòng họp UBND phường', preparingUnit: 'Văn phòng HĐND – UBND phường' },
    { day: 2, session: 'chieu', time: '14:00:00', content: 'Kiểm tra công tác vệ sinh môi trường tại các tổ dân phố', chair: 'Phó Chủ tịch UBND phường', participants: 'Tổ trưởng các tổ dân phố', place: 'Các tổ dân phố', preparingUnit: 'Văn phòng HĐND – UBND phường' },
  ];
}

export function wardPage(ward: DemoWard) {
  return {
    title: `Giới thiệu chung về phường ${ward.name}`, kind: 'gioi_thieu', order: 1,
    summary: `Phường ${ward.name} là đơn vị hành chính cấp xã của thành phố Hà Nội, khoảng ${ward.population} nhân khẩu (số liệu minh họa).`,
    paragraphs: [
      `Phường ${ward.name} là một trong các phường của thành phố Hà Nội sau sắp xếp đơn vị hành chính năm 2025, có khoảng ${ward.population} nhân khẩu (số liệu minh họa).`,
      'Từ ngày 01/7/2025, chính quyền địa phương được tổ chức theo hai cấp; Ủy ban nhân dân phường trực tiếp giải quyết phần lớn thủ tục hành chính của người dân tại Bộ phận tiếp nhận và trả kết quả.',
    ],
    english: {
      title: `About ${ward.nameEn} Ward`,
      summary: `${ward.nameEn} is a commune-level ward of Hanoi (illustrative figures).`,
      paragraphs: [`${ward.nameEn} Ward is one of the wards of Hanoi since the 2025 reorganisation of administrative units.`],
    },
  };
}

export function wardOfficials(ward: DemoWard) {
  return [
    { fullName: ward.chairman, position: 'Chủ tịch UBND phường', unit: 'Văn phòng HĐND – UBND phường', isLeader: true, order: 1, english: { position: "Chairman of the ward People's Committee" } },
    { fullName: ward.culture, position: 'Công chức Văn hóa – Xã hội', unit: 'Bộ phận Văn hóa – Thông tin', isLeader: false, order: 2, english: { position: 'Culture and society officer' } },
  ];
}
