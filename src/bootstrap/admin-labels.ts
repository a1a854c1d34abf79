import type { Core } from '@strapi/strapi';

/**
 * Vietnamese field labels in the admin panel. API ids stay English; editors read these. They are the admin
 * bundle's Vietnamese translations (src/admin/field-labels.ts, next to the English ones), which the list
 * headers and the edit form show whatever the view's configuration says; and they are written into the
 * views' configuration here, which the list filters read (a label an administrator changed in "Configure
 * the view" is kept there: only labels still equal to the field's API id, Strapi's default, are replaced).
 */
export const LABELS: Record<string, Record<string, string>> = {
  // Managed by the super admin: who works at which ward, with which workflow roles there.
  'plugin::editorial-workflow.site-membership': {
    user: 'Cán bộ', ward: 'Phường, xã', roles: 'Vai trò ở phường, xã này',
  },
  'api::article.article': {
    site: 'Phường, xã',
    title: 'Tiêu đề', slug: 'Đường dẫn (slug)', summary: 'Sapo (tóm tắt)', body: 'Nội dung', cover: 'Ảnh đại diện',
    gallery: 'Bộ ảnh', videoUrl: 'Đường dẫn video (YouTube…)', video: 'Video (tệp mp4)',
    videoCaptions: 'Phụ đề video (tệp .vtt)', videoTranscript: 'Lời thoại của video (bản chữ)', category: 'Chuyên mục', unit: 'Đơn vị gửi tin', author: 'Tác giả',
    eventDate: 'Ngày diễn ra sự kiện', eventPlace: 'Địa điểm sự kiện', isOrientation: 'Tin định hướng (Ban Tuyên giáo)',
    tags: 'Từ khóa (cách nhau bằng dấu phẩy)',
  },
  'api::category.category': {
    site: 'Phường, xã',
    name: 'Tên chuyên mục', slug: 'Đường dẫn (slug)', description: 'Mô tả', parent: 'Chuyên mục cha', children: 'Chuyên mục con',
    order: 'Thứ tự', requiresOrientationReview: 'Cần Ban Tuyên giáo cho ý kiến', publishDeadlineDays: 'Hạn đăng (ngày sau sự kiện)',
    minWords: 'Số chữ tối thiểu', articles: 'Tin bài',
  },
  'api::contributor-unit.contributor-unit': {
    site: 'Phường, xã',
    name: 'Tên đơn vị', slug: 'Đường dẫn (slug)', kind: 'Loại đơn vị', description: 'Mô tả', monthlyQuota: 'Chỉ tiêu tin bài/tháng',
    order: 'Thứ tự', heads: 'Trưởng đơn vị (duyệt tin)', members: 'Cộng tác viên', articles: 'Tin bài',
  },
  'api::work-schedule.work-schedule': {
    site: 'Phường, xã',
    body: 'Cơ quan', week: 'Tuần (tự tính từ ngày thứ Hai)', weekStart: 'Thứ Hai đầu tuần', title: 'Tiêu đề', entries: 'Các mục lịch',
    note: 'Ghi chú',
  },
  'api::procedure-field.procedure-field': {
    name: 'Tên lĩnh vực', code: 'Mã lĩnh vực', slug: 'Đường dẫn (slug)', order: 'Thứ tự', procedures: 'Thủ tục',
  },
  'api::procedure.procedure': {
    code: 'Mã thủ tục (CSDL quốc gia)', name: 'Tên thủ tục', slug: 'Đường dẫn (slug)', field: 'Lĩnh vực', level: 'Cấp thực hiện',
    decisionNumber: 'Quyết định công bố', steps: 'Trình tự thực hiện', methods: 'Cách thức thực hiện',
    dossierComponents: 'Thành phần hồ sơ', subjects: 'Đối tượng thực hiện', agency: 'Cơ quan thực hiện', result: 'Kết quả thực hiện',
    conditions: 'Yêu cầu, điều kiện', legalBasisText: 'Căn cứ pháp lý (văn bản)', legalBasis: 'Căn cứ pháp lý (liên kết)',
    onlineServiceForm: 'Hình thức dịch vụ công trực tuyến', nationalPortalUrl: 'Liên kết Cổng Dịch vụ công quốc gia',
    inForce: 'Đang có hiệu lực',
  },
  'api::dossier-report.dossier-report': {
    site: 'Phường, xã',
    period: 'Kỳ báo cáo', periodStart: 'Từ ngày', periodEnd: 'Đến ngày', field: 'Lĩnh vực (để trống: tổng)',
    carriedOver: 'Tồn kỳ trước', receivedOnline: 'Tiếp nhận trực tuyến', receivedInPerson: 'Tiếp nhận trực tiếp',
    receivedPostal: 'Tiếp nhận qua bưu chính', resolvedEarly: 'Giải quyết trước hạn', resolvedOnTime: 'Giải quyết đúng hạn',
    resolvedLate: 'Giải quyết trễ hạn', inProgressOnTime: 'Đang giải quyết trong hạn', inProgressOverdue: 'Đang giải quyết quá hạn',
    returnedOrWithdrawn: 'Trả lại/rút hồ sơ', onTimeRate: 'Tỷ lệ đúng hạn (%)', onlineRate: 'Tỷ lệ trực tuyến (%)',
  },
  'api::dossier.dossier': {
    site: 'Phường, xã',
    code: 'Mã hồ sơ', procedure: 'Thủ tục', procedureName: 'Tên thủ tục', field: 'Lĩnh vực', channel: 'Kênh nộp',
    receivedAt: 'Ngày tiếp nhận', dueAt: 'Ngày hẹn trả', returnedAt: 'Ngày trả kết quả', status: 'Trạng thái', applicant: 'Người nộp (viết tắt)',
  },
  'api::legal-document.legal-document': {
    site: 'Phường, xã',
    numberSymbol: 'Số, ký hiệu', number: 'Số', year: 'Năm', docType: 'Loại văn bản (viết tắt)', issuer: 'Cơ quan ban hành (viết tắt)',
    title: 'Tên văn bản', slug: 'Đường dẫn (slug)', summary: 'Trích yếu', issuingBody: 'Cơ quan ban hành', signer: 'Người ký',
    issuedAt: 'Ngày ban hành', effectiveAt: 'Ngày có hiệu lực', expiresAt: 'Ngày hết hiệu lực', file: 'Tệp văn bản',
    isLegalDissemination: 'Phổ biến pháp luật',
  },
  'api::disclosure.disclosure': {
    site: 'Phường, xã',
    title: 'Tiêu đề', slug: 'Đường dẫn (slug)', group: 'Nhóm nội dung công khai (Điều 11)', summary: 'Tóm tắt',
    legalBasis: 'Căn cứ pháp lý', decisionDate: 'Ngày quyết định', disclosedAt: 'Ngày công khai', disclosedUntil: 'Công khai đến ngày',
    files: 'Tệp đính kèm',
  },
  'api::page.page': {
    site: 'Phường, xã',
    title: 'Tiêu đề trang', slug: 'Đường dẫn (slug)', kind: 'Loại trang', summary: 'Tóm tắt', body: 'Nội dung', cover: 'Ảnh minh họa',
    order: 'Thứ tự',
  },
  'api::official.official': {
    site: 'Phường, xã',
    fullName: 'Họ và tên', position: 'Chức vụ', unit: 'Đơn vị', duties: 'Nhiệm vụ được phân công', biography: 'Tóm tắt tiểu sử',
    phone: 'Điện thoại công vụ', email: 'Thư điện tử công vụ', photo: 'Ảnh chân dung', order: 'Thứ tự', isLeader: 'Thuộc lãnh đạo phường',
  },
  'api::question.question': {
    site: 'Phường, xã',
    trackingCode: 'Mã tra cứu', askerName: 'Họ tên người hỏi', askerPhone: 'Số điện thoại', askerEmail: 'Thư điện tử',
    askerAddress: 'Địa chỉ', field: 'Lĩnh vực', title: 'Tiêu đề', question: 'Nội dung câu hỏi', handlingStatus: 'Tình trạng xử lý',
    assignedOfficer: 'Cán bộ được giao trả lời', dueAt: 'Hạn trả lời', answer: 'Nội dung trả lời', answeredAt: 'Ngày trả lời',
    satisfactionRating: 'Mức độ hài lòng (1–5)', consentToPublish: 'Người hỏi đồng ý công khai', receivedAt: 'Ngày tiếp nhận',
    ratedAt: 'Ngày đánh giá', powSalt: 'Mã chống gửi tự động (nội bộ)', searchText: 'Chữ dùng để tìm kiếm (nội bộ)',
  },
  'api::site.site': {
    code: 'Mã đơn vị hành chính (5 chữ số)', domains: 'Tên miền của trang (mỗi dòng một tên)', translations: 'Bản dịch (tiếng Anh…)',
    wardName: 'Tên đơn vị', siteTitle: 'Tên trang', emblem: 'Biểu tượng (Quốc huy)', address: 'Địa chỉ', phone: 'Điện thoại',
    email: 'Thư điện tử', personResponsible: 'Người chịu trách nhiệm', personResponsibleTitle: 'Chức danh người chịu trách nhiệm',
    licence: 'Giấy phép / ghi chú pháp lý', nationalPortalUrl: 'Cổng Dịch vụ công quốc gia', provincialPortalUrl: 'Cổng dịch vụ công thành phố',
    socialPageUrl: 'Trang mạng xã hội',
    infoContactName: 'Đầu mối cung cấp thông tin (người, bộ phận)', infoContactPhone: 'Điện thoại đầu mối cung cấp thông tin',
    infoContactEmail: 'Thư điện tử đầu mối cung cấp thông tin', infoContactAddress: 'Nơi tiếp nhận yêu cầu cung cấp thông tin',
  },
  'site.translation': {
    locale: 'Mã ngôn ngữ (ví dụ en)', wardName: 'Tên đơn vị', siteTitle: 'Tên trang', address: 'Địa chỉ',
    personResponsibleTitle: 'Chức danh người chịu trách nhiệm', licence: 'Giấy phép / ghi chú pháp lý',
    infoContactName: 'Đầu mối cung cấp thông tin', infoContactAddress: 'Nơi tiếp nhận yêu cầu cung cấp thông tin',
  },
  'shared.figure': { image: 'Ảnh', alt: 'Văn bản thay thế (mô tả ảnh)', caption: 'Chú thích ảnh' },
  'schedule.entry': {
    date: 'Ngày', session: 'Buổi', time: 'Giờ', content: 'Nội dung', chair: 'Chủ trì', participants: 'Thành phần',
    place: 'Địa điểm', preparingUnit: 'Đơn vị chuẩn bị', summary: 'Tóm tắt (tự tính khi lưu)',
    key: 'Mã mục (tự tạo, giữ nguyên khi sửa)',
  },
  'procedure.step': { title: 'Bước', description: 'Mô tả' },
  'procedure.method': { channel: 'Hình thức nộp', timeLimit: 'Thời hạn giải quyết', fee: 'Phí, lệ phí', description: 'Mô tả' },
  'procedure.dossier-component': {
    name: 'Tên giấy tờ', form: 'Mẫu đơn, tờ khai', formName: 'Tên mẫu', originals: 'Số bản chính', copies: 'Số bản sao',
  },
};

/**
 * Vietnamese names of the enumerations' stored values, per content type or component and field: the same one
 * table as the field labels. The list view's cells read them per field (src/admin/choice-labels.tsx); the edit
 * form's select and the list filters look a value up under its own name as a translation key (Strapi 5.54's
 * `EnumerationInput` and `Filters` call `formatMessage({ id: value })`), so one value must have one name
 * wherever it is used — tests/unit/admin-translations.test.ts checks that. Booleans need no entry: Strapi
 * shows every one with the two toggle labels, which the admin's translations make "Có" / "Không".
 */
export const CHOICES: Record<string, Record<string, Record<string, string>>> = {
  'api::contributor-unit.contributor-unit': {
    kind: { department: 'Phòng, ban chuyên môn', party_mass_org: 'Tổ chức Đảng, đoàn thể', residential_group: 'Tổ dân phố', office: 'Văn phòng' },
  },
  'api::disclosure.disclosure': {
    group: {
      ke_hoach_kinh_te_xa_hoi: 'Kế hoạch phát triển kinh tế - xã hội', ngan_sach: 'Dự toán, quyết toán ngân sách',
      dau_tu_dat_dai_quy_hoach: 'Đầu tư, thu hồi đất, bồi thường, quy hoạch', quy_che_dan_chu: 'Quy chế dân chủ, nhiệm vụ cán bộ, quy tắc ứng xử',
      cac_khoan_dong_gop: 'Các khoản huy động, đóng góp của nhân dân', tai_san_cong: 'Tài sản công',
      chinh_sach_an_sinh: 'Chính sách an sinh xã hội và đối tượng thụ hưởng', cuu_tro_thien_tai_dich_benh: 'Cứu trợ thiên tai, dịch bệnh',
      nghia_vu_quan_su: 'Danh sách gọi nhập ngũ', thanh_tra_phong_chong_tham_nhung: 'Thanh tra, phòng chống tham nhũng, lấy phiếu tín nhiệm',
      lay_y_kien_nhan_dan: 'Lấy ý kiến nhân dân', phi_le_phi: 'Phí, lệ phí', thu_tuc_hanh_chinh: 'Thủ tục hành chính do xã giải quyết',
      khac: 'Nội dung khác',
    },
  },
  'api::page.page': {
    kind: {
      gioi_thieu: 'Giới thiệu chung', lich_su: 'Lịch sử hình thành', dieu_kien_tu_nhien: 'Điều kiện tự nhiên',
      ban_do_dia_gioi: 'Bản đồ địa giới hành chính', khac: 'Nội dung khác',
    },
  },
  'api::dossier-report.dossier-report': { period: { day: 'Ngày', month: 'Tháng', quarter: 'Quý', year: 'Năm' } },
  'api::dossier.dossier': {
    channel: { truc_tiep: 'Trực tiếp', truc_tuyen: 'Trực tuyến', buu_chinh: 'Qua bưu chính' },
    status: { dang_xu_ly: 'Đang xử lý', da_giai_quyet: 'Đã giải quyết', tra_lai: 'Trả lại', rut_ho_so: 'Rút hồ sơ' },
  },
  'api::procedure.procedure': {
    level: { xa: 'Cấp xã', tinh: 'Cấp tỉnh', bo: 'Cấp bộ' },
    onlineServiceForm: { toan_trinh: 'Trực tuyến toàn trình', mot_phan: 'Trực tuyến một phần', truc_tiep: 'Trực tiếp' },
  },
  'api::question.question': {
    handlingStatus: { moi: 'Mới tiếp nhận', da_phan_cong: 'Đã giao cán bộ', da_tra_loi: 'Đã trả lời', tu_choi: 'Từ chối trả lời' },
  },
  'api::work-schedule.work-schedule': {
    body: { dang_uy: 'Đảng ủy', hdnd: 'HĐND phường', ubnd: 'UBND phường', ub_mttq: 'Ủy ban MTTQ phường', doan_the: 'Các đoàn thể' },
  },
  'procedure.method': { channel: { truc_tiep: 'Trực tiếp', truc_tuyen: 'Trực tuyến', buu_chinh: 'Qua bưu chính' } },
  'schedule.entry': { session: { sang: 'Sáng', chieu: 'Chiều', toi: 'Tối' } },
};

interface Metadata {
  edit?: { label?: string };
  list?: { label?: string };
}
interface Configuration {
  metadatas?: Record<string, Metadata>;
}
interface ConfigurationService {
  findConfiguration(model: unknown): Promise<Configuration>;
  updateConfiguration(model: unknown, configuration: Configuration): Promise<unknown>;
}

export async function applyAdminLabels(strapi: Core.Strapi): Promise<void> {
  const contentManager = strapi.plugin('content-manager');
  for (const [uid, labels] of Object.entries(LABELS)) {
    const isComponent = !uid.includes('::');
    const model = isComponent ? strapi.components[uid as never] : strapi.contentType(uid as never);
    if (!model) throw new Error(`Admin labels name an unknown model: ${uid}`);
    const service = contentManager.service(isComponent ? 'components' : 'content-types') as ConfigurationService;
    const configuration = await service.findConfiguration(model);
    const metadatas = structuredClone(configuration.metadatas ?? {});
    let changed = false;
    for (const [field, label] of Object.entries(labels)) {
      const meta = metadatas[field];
      if (!meta) throw new Error(`Admin labels name an unknown field: ${uid}.${field}`);
      for (const view of [meta.edit, meta.list]) {
        if (view && view.label === field) {
          view.label = label;
          changed = true;
        }
      }
    }
    if (changed) await service.updateConfiguration(model, { metadatas } as Configuration);
  }
}
