/** Vietnamese names of the CMS's enumerations, as the public reads them. */
export const BODY_LABELS: Record<string, string> = {
  dang_uy: 'Đảng ủy', hdnd: 'Hội đồng nhân dân', ubnd: 'Ủy ban nhân dân', ub_mttq: 'Ủy ban MTTQ Việt Nam', doan_the: 'Các đoàn thể',
};
export const SESSION_LABELS: Record<string, string> = { sang: 'Sáng', chieu: 'Chiều', toi: 'Tối' };
export const CHANNEL_LABELS: Record<string, string> = { truc_tiep: 'Trực tiếp', truc_tuyen: 'Trực tuyến', buu_chinh: 'Dịch vụ bưu chính' };
export const LEVEL_LABELS: Record<string, string> = { xa: 'Cấp xã', tinh: 'Cấp tỉnh', bo: 'Cấp bộ' };
export const ONLINE_FORM_LABELS: Record<string, string> = {
  toan_trinh: 'Dịch vụ công trực tuyến toàn trình', mot_phan: 'Dịch vụ công trực tuyến một phần', truc_tiep: 'Thực hiện trực tiếp',
};
export const PERIOD_LABELS: Record<string, string> = { day: 'Ngày', month: 'Tháng', quarter: 'Quý', year: 'Năm' };
export const DISCLOSURE_GROUPS: Array<[string, string]> = [
  ['ke_hoach_kinh_te_xa_hoi', 'Kế hoạch phát triển kinh tế - xã hội'],
  ['ngan_sach', 'Dự toán, quyết toán ngân sách'],
  ['dau_tu_dat_dai_quy_hoach', 'Đầu tư, thu hồi đất, bồi thường, quy hoạch'],
  ['quy_che_dan_chu', 'Quy chế dân chủ, nhiệm vụ cán bộ, quy tắc ứng xử'],
  ['cac_khoan_dong_gop', 'Các khoản huy động, đóng góp của nhân dân'],
  ['tai_san_cong', 'Tài sản công'],
  ['chinh_sach_an_sinh', 'Chính sách an sinh xã hội và đối tượng thụ hưởng'],
  ['cuu_tro_thien_tai_dich_benh', 'Cứu trợ thiên tai, dịch bệnh'],
  ['nghia_vu_quan_su', 'Danh sách gọi nhập ngũ'],
  ['thanh_tra_phong_chong_tham_nhung', 'Thanh tra, phòng chống tham nhũng, lấy phiếu tín nhiệm'],
  ['lay_y_kien_nhan_dan', 'Lấy ý kiến nhân dân'],
  ['phi_le_phi', 'Phí, lệ phí'],
  ['thu_tuc_hanh_chinh', 'Thủ tục hành chính do xã giải quyết'],
  ['khac', 'Nội dung khác'],
];

/**
 * The visible words of the organisation, leaders, information-access and disclosure pages, in one place a
 * language: templates read `site.text` (Vietnamese) or their language's `site.byLocale[lang].text`.
 * English has the organisation pages only (`OrganisationText`): the others stay Vietnamese.
 */
const VI = {
  pageKinds: {
    gioi_thieu: 'Giới thiệu chung', lich_su: 'Lịch sử hình thành', dieu_kien_tu_nhien: 'Điều kiện tự nhiên',
    ban_do_dia_gioi: 'Bản đồ địa giới hành chính', khac: 'Nội dung khác',
  } as Record<string, string>,
  about: {
    title: 'Giới thiệu',
    heading: 'Giới thiệu',
    fallback: 'là kênh thông tin chính thức của',
    more: 'Tìm hiểu thêm',
    organisation: 'Tổ chức bộ máy',
    organisationIntro: 'Các cơ quan, đơn vị của phường và cán bộ phụ trách, với số điện thoại và thư điện tử công vụ.',
    leadersLink: 'Lãnh đạo phường: tiểu sử tóm tắt và nhiệm vụ',
    otherUnit: 'Cán bộ khác',
    noOfficials: 'Chưa có danh sách cán bộ.',
    position: 'Chức vụ',
    phone: 'Điện thoại',
    email: 'Thư điện tử',
    back: 'Trang Giới thiệu',
    links: 'Thông tin khác',
    related: [
      { label: 'Thông tin liên hệ', url: '/lien-he/' },
      { label: 'Tiếp cận thông tin', url: '/tiep-can-thong-tin/' },
      { label: 'Lịch công tác của lãnh đạo', url: '/lich-cong-tac/' },
      { label: 'Công khai thông tin', url: '/cong-khai/' },
    ] as Array<{ label: string; url: string }>,
  },
  leaders: {
    title: 'Lãnh đạo phường',
    intro: 'Tiểu sử tóm tắt và nhiệm vụ được phân công của lãnh đạo phường.',
    duties: 'Nhiệm vụ được phân công',
    biography: 'Tóm tắt tiểu sử',
    unit: 'Đơn vị',
    photoAlt: 'Ảnh chân dung',
    empty: 'Chưa có thông tin lãnh đạo.',
  },
  access: {
    title: 'Tiếp cận thông tin',
    intro: 'Chuyên mục về tiếp cận thông tin theo Luật Tiếp cận thông tin năm 2016 và Nghị định 13/2018/NĐ-CP (Điều 11 khoản 1): danh mục thông tin phải được công khai, đầu mối cung cấp thông tin và cách yêu cầu cung cấp thông tin.',
    listHeading: 'Danh mục thông tin phải được công khai',
    listCaption: 'Danh mục thông tin phải được công khai',
    listHint: 'Cuộn ngang để xem hết',
    columns: { name: 'Tên thông tin', number: 'Số, ký hiệu', date: 'Ngày tạo', form: 'Hình thức công khai', period: 'Thời điểm, thời hạn công khai', link: 'Tải về, xem' },
    formWeb: 'Đăng trên Trang thông tin điện tử',
    formWebAndNotice: 'Đăng trên Trang thông tin điện tử; niêm yết tại trụ sở',
    from: 'Từ',
    until: 'đến',
    ongoing: 'thường xuyên',
    download: 'Tải tệp',
    view: 'Xem',
    empty: 'Chưa có thông tin trong danh mục.',
    contactHeading: 'Đầu mối cung cấp thông tin',
    contactName: 'Người, bộ phận cung cấp thông tin',
    contactPhone: 'Điện thoại',
    contactEmail: 'Thư điện tử',
    contactAddress: 'Nơi tiếp nhận yêu cầu',
    howHeading: 'Cách yêu cầu cung cấp thông tin',
    how: [
      'Thông tin trong danh mục trên được đăng công khai: bạn xem và tải về trực tiếp, không cần làm đơn.',
      'Với thông tin chưa được công khai, bạn gửi yêu cầu cho đầu mối cung cấp thông tin: nộp trực tiếp tại nơi tiếp nhận, gửi qua bưu điện, thư điện tử, hoặc gửi câu hỏi trên trang này.',
      'Yêu cầu ghi rõ họ tên, địa chỉ, số điện thoại hoặc thư điện tử của người yêu cầu; thông tin cần cung cấp; cách nhận thông tin (xem tại chỗ, bản sao, gửi qua bưu điện hoặc thư điện tử).',
      'Phường trả lời theo thời hạn pháp luật quy định; nếu không cung cấp được, phường trả lời bằng văn bản và nêu rõ lý do.',
    ],
    askLink: 'Gửi yêu cầu, câu hỏi qua biểu mẫu',
    disclosuresLink: 'Nội dung công khai theo quý',
  },
  disclosures: {
    title: 'Công khai thông tin',
    intro: 'Các nội dung công khai theo Điều 11 Luật Thực hiện dân chủ ở cơ sở đang trong thời hạn công khai.',
    groups: 'Theo nhóm nội dung',
    quarters: 'Danh sách công khai theo quý',
    quarter: 'Quý',
    year: 'năm',
    quarterIntro: 'Nội dung đã công khai trong quý, theo ngày công khai.',
    archive: 'Lưu trữ: nội dung đã hết thời hạn công khai',
    archiveIntro: 'Các nội dung đã hết thời hạn công khai vẫn được lưu giữ để tra cứu.',
    expired: 'Đã hết thời hạn công khai',
    decisionDate: 'Ngày quyết định',
    disclosedFrom: 'Công khai từ',
    disclosedUntil: 'đến',
    basis: 'Căn cứ',
    download: 'Tải tệp',
    group: 'Nhóm',
    nothing: 'Chưa có nội dung.',
    noneInGroup: 'Chưa có nội dung công khai trong nhóm này.',
    all: 'Tất cả nhóm công khai',
  },
};
export type PageText = typeof VI;
/** The words of the organisation pages (introduction, general pages, leaders): what every language has. */
export type OrganisationText = Pick<PageText, 'pageKinds' | 'about' | 'leaders'>;

const EN: OrganisationText = {
  pageKinds: {
    gioi_thieu: 'About the ward', lich_su: 'History', dieu_kien_tu_nhien: 'Natural setting',
    ban_do_dia_gioi: 'Administrative boundary map', khac: 'Other information',
  },
  about: {
    title: 'About',
    heading: 'About',
    fallback: 'is the official information channel of',
    more: 'Read more',
    organisation: 'Organisation',
    organisationIntro: "The ward's bodies and units and the officials in charge, with their official phone numbers and e-mail addresses.",
    leadersLink: "The ward's leaders: short biographies and duties",
    otherUnit: 'Other officials',
    noOfficials: 'No list of officials in English yet.',
    position: 'Position',
    phone: 'Phone',
    email: 'E-mail',
    back: 'About the ward',
    links: 'More information',
    // Schedules, disclosures and information access are in Vietnamese only.
    related: [{ label: 'Contact', url: '/en/contact/' }],
  },
  leaders: {
    title: "The ward's leaders",
    intro: "Short biographies and assigned duties of the ward's leaders.",
    duties: 'Assigned duties',
    biography: 'Short biography',
    unit: 'Unit',
    photoAlt: 'Portrait of',
    empty: 'No leaders listed in English yet.',
  },
};

export const PAGE_TEXT: { vi: PageText; en: OrganisationText } = { vi: VI, en: EN };
