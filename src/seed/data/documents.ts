/** Real documents the ward works under; the plan itself comes first. */
export const LEGAL_DOCUMENTS = [
  {
    numberSymbol: '17/KH-BBT',
    title: 'Kế hoạch 17/KH-BBT',
    summary: 'Kế hoạch tiếp tục nâng cao chất lượng hoạt động trang Thông tin điện tử phường năm 2020',
    issuingBody: 'Ban biên tập Trang thông tin điện tử phường Phú Lâm',
    issuedAt: '2020-01-08',
    effectiveAt: '2020-01-08',
  },
  {
    numberSymbol: '60/2014/QH13',
    title: 'Luật Hộ tịch',
    summary: 'Luật Hộ tịch',
    issuingBody: 'Quốc hội',
    issuedAt: '2014-11-20',
    effectiveAt: '2016-01-01',
    isLegalDissemination: true,
  },
  {
    numberSymbol: '123/2015/NĐ-CP',
    summary: 'Quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch',
    issuingBody: 'Chính phủ',
    issuedAt: '2015-11-15',
    effectiveAt: '2016-01-01',
  },
  {
    numberSymbol: '23/2015/NĐ-CP',
    summary:
      'Về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch',
    issuingBody: 'Chính phủ',
    issuedAt: '2015-02-16',
    effectiveAt: '2015-04-10',
  },
  {
    numberSymbol: '42/2022/NĐ-CP',
    summary:
      'Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng',
    issuingBody: 'Chính phủ',
    issuedAt: '2022-06-24',
    effectiveAt: '2022-08-15',
    // Reported repealed from 01/07/2026 by Nghị định 224/2026/NĐ-CP (Art. 90(2)), in two compilations citing the
    // official gazette; the gazette's text was not read (docs/legal-basis.md). 224/2026 itself is not seeded
    // until its issue date and summary are checked against vanban.chinhphu.vn.
    expiresAt: '2026-07-01',
  },
  {
    numberSymbol: '10/2022/QH15',
    title: 'Luật Thực hiện dân chủ ở cơ sở',
    summary: 'Luật Thực hiện dân chủ ở cơ sở',
    issuingBody: 'Quốc hội',
    issuedAt: '2022-11-10',
    effectiveAt: '2023-07-01',
    isLegalDissemination: true,
  },
] as const;

/** Procedures of the commune-level set, with their codes in the national procedure database. */
const HO_TICH_BASIS = ['60/2014/QH13', '123/2015/NĐ-CP'];
const CHUNG_THUC_BASIS = ['23/2015/NĐ-CP'];
export const PROCEDURE_AGENCY = 'Ủy ban nhân dân cấp xã';
export const PROCEDURE_RECEIVING_PLACE = 'Bộ phận tiếp nhận và trả kết quả, UBND phường';

export interface SeedProcedure {
  code: string;
  name: string;
  field: string;
  timeLimit: string;
  fee: string;
  online: 'toan_trinh' | 'mot_phan' | 'truc_tiep';
  result: string;
  dossier: string[];
  basis: string[];
}

export const PROCEDURES: SeedProcedure[] = [
  {
    code: '1.001193',
    name: 'Thủ tục đăng ký khai sinh',
    field: 'Hộ tịch',
    timeLimit: 'Ngay trong ngày tiếp nhận hồ sơ',
    fee: 'Miễn lệ phí đăng ký khai sinh đúng hạn',
    online: 'toan_trinh',
    result: 'Giấy khai sinh (bản chính), trích lục khai sinh (bản sao nếu có yêu cầu)',
    dossier: ['Tờ khai đăng ký khai sinh theo mẫu', 'Giấy chứng sinh hoặc giấy tờ thay thế giấy chứng sinh'],
    basis: HO_TICH_BASIS,
  },
  {
    code: '1.000894',
    name: 'Thủ tục đăng ký kết hôn',
    field: 'Hộ tịch',
    timeLimit: 'Ngay trong ngày tiếp nhận; trường hợp cần xác minh không quá 05 ngày làm việc',
    fee: 'Miễn lệ phí',
    online: 'mot_phan',
    result: 'Giấy chứng nhận kết hôn (bản chính) cho mỗi bên',
    dossier: ['Tờ khai đăng ký kết hôn theo mẫu', 'Giấy xác nhận tình trạng hôn nhân (nếu đăng ký khác nơi cư trú)'],
    basis: HO_TICH_BASIS,
  },
  {
    code: '1.000656',
    name: 'Thủ tục đăng ký khai tử',
    field: 'Hộ tịch',
    timeLimit: 'Ngay trong ngày tiếp nhận hồ sơ',
    fee: 'Miễn lệ phí đăng ký khai tử đúng hạn',
    online: 'toan_trinh',
    result: 'Trích lục khai tử (bản chính)',
    dossier: ['Tờ khai đăng ký khai tử theo mẫu', 'Giấy báo tử hoặc giấy tờ thay thế giấy báo tử'],
    basis: HO_TICH_BASIS,
  },
  {
    code: '1.001022',
    name: 'Thủ tục đăng ký nhận cha, mẹ, con',
    field: 'Hộ tịch',
    timeLimit: '03 ngày làm việc; trường hợp cần xác minh không quá 05 ngày làm việc',
    fee: 'Theo quy định của HĐND thành phố',
    online: 'mot_phan',
    result: 'Trích lục đăng ký nhận cha, mẹ, con (bản chính)',
    dossier: ['Tờ khai đăng ký nhận cha, mẹ, con theo mẫu', 'Chứng cứ chứng minh quan hệ cha, mẹ, con'],
    basis: HO_TICH_BASIS,
  },
  {
    code: '1.004873',
    name: 'Thủ tục cấp Giấy xác nhận tình trạng hôn nhân',
    field: 'Hộ tịch',
    timeLimit: '03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ',
    fee: 'Theo quy định của HĐND thành phố',
    online: 'toan_trinh',
    result: 'Giấy xác nhận tình trạng hôn nhân',
    dossier: ['Tờ khai cấp Giấy xác nhận tình trạng hôn nhân theo mẫu'],
    basis: HO_TICH_BASIS,
  },
  {
    code: '1.004859',
    name: 'Thủ tục đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch',
    field: 'Hộ tịch',
    timeLimit: '03 ngày làm việc; trường hợp cần xác minh không quá 06 ngày làm việc',
    fee: 'Theo quy định của HĐND thành phố',
    online: 'mot_phan',
    result: 'Trích lục thay đổi, cải chính, bổ sung thông tin hộ tịch',
    dossier: ['Tờ khai đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch theo mẫu', 'Giấy tờ làm căn cứ thay đổi, cải chính'],
    basis: HO_TICH_BASIS,
  },
  {
    code: '1.004884',
    name: 'Thủ tục đăng ký lại khai sinh',
    field: 'Hộ tịch',
    timeLimit: '05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ',
    fee: 'Theo quy định của HĐND thành phố',
    online: 'mot_phan',
    result: 'Giấy khai sinh (bản chính)',
    dossier: ['Tờ khai đăng ký lại khai sinh theo mẫu', 'Bản sao giấy khai sinh hoặc giấy tờ có thông tin khai sinh'],
    basis: HO_TICH_BASIS,
  },
  {
    code: '2.000635',
    name: 'Thủ tục cấp bản sao trích lục hộ tịch',
    field: 'Hộ tịch',
    timeLimit: 'Ngay trong ngày tiếp nhận yêu cầu',
    fee: '8.000 đồng/bản sao trích lục',
    online: 'toan_trinh',
    result: 'Bản sao trích lục hộ tịch',
    dossier: ['Tờ khai cấp bản sao trích lục hộ tịch theo mẫu'],
    basis: HO_TICH_BASIS,
  },
  {
    code: '2.000815',
    name:
      'Thủ tục chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận',
    field: 'Chứng thực',
    timeLimit: 'Trong ngày tiếp nhận; nếu tiếp nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo',
    fee: '2.000 đồng/trang; từ trang thứ ba trở lên 1.000 đồng/trang, tối đa 200.000 đồng/bản',
    online: 'truc_tiep',
    result: 'Bản sao được chứng thực từ bản chính',
    dossier: ['Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao', 'Bản sao cần chứng thực'],
    basis: CHUNG_THUC_BASIS,
  },
  {
    code: '2.000884',
    name: 'Thủ tục chứng thực chữ ký trong các giấy tờ, văn bản',
    field: 'Chứng thực',
    timeLimit: 'Trong ngày tiếp nhận; nếu tiếp nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo',
    fee: '10.000 đồng/trường hợp',
    online: 'truc_tiep',
    result: 'Giấy tờ, văn bản được chứng thực chữ ký',
    dossier: ['Bản chính hoặc bản sao giấy tờ tùy thân còn giá trị sử dụng', 'Giấy tờ, văn bản cần chứng thực chữ ký'],
    basis: CHUNG_THUC_BASIS,
  },
];
