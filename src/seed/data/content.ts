/** Demo items so that the site and the admin panel show something on the first start. */
export interface SeedArticle {
  title: string;
  category: string;
  unit: string;
  summary: string;
  paragraphs: string[];
  eventPlace: string;
  daysAgo: number;
  isOrientation?: boolean;
  /** The article's English version, published beside the Vietnamese one (the public site's /en/). */
  english?: { title: string; summary: string; eventPlace: string; paragraphs: string[] };
}

export const ARTICLES: SeedArticle[] = [
  {
    title: 'Phường Phú Lâm triển khai kế hoạch nâng cao chất lượng Trang thông tin điện tử',
    english: {
      title: 'Phu Lam Ward launches a plan to improve its e-information page',
      summary: "The ward's editorial board held a meeting on plan 17/KH-BBT and shared the work among its 16 contributing units.",
      eventPlace: "Meeting hall, Phu Lam Ward People's Committee",
      paragraphs: [
        "This morning, in the meeting hall of the ward People's Committee, the editorial board of the ward's e-information page held a meeting to launch its plan for improving the page. Representatives of the Party committee, the People's Council, the People's Committee and the Fatherland Front attended, together with the heads of the ward's units and of its residential groups.",
        'Over the past year the page published more than four hundred news items, articles and announcements sent by sixteen units. The meeting also noted what should improve: some items were thin, some units sent few, and some photographs had no clear caption.',
        'Under the plan, every item answers what happened, where, when, who took part and how; its headline is short; its photographs have captions. Each item is checked by the head of its unit before it reaches the editorial board, and is published one to three days after the event at the latest.',
      ],
    },
    category: 'Tin tức – Sự kiện',
    unit: 'Bộ phận Văn hóa – Thông tin',
    summary:
      'Ban biên tập Trang thông tin điện tử phường tổ chức hội nghị triển khai kế hoạch số 17/KH-BBT, phân công nhiệm vụ cho 16 đơn vị cộng tác.',
    eventPlace: 'Hội trường UBND phường Phú Lâm',
    daysAgo: 2,
    paragraphs: [
      'Sáng nay, tại hội trường Ủy ban nhân dân phường, Ban biên tập Trang thông tin điện tử phường đã tổ chức hội nghị triển khai kế hoạch tiếp tục nâng cao chất lượng hoạt động của Trang thông tin điện tử. Tham dự hội nghị có đại diện lãnh đạo Đảng ủy, Hội đồng nhân dân, Ủy ban nhân dân, Ủy ban Mặt trận Tổ quốc phường cùng trưởng các ngành, đoàn thể và tổ trưởng các tổ dân phố.',
      'Năm vừa qua, Trang thông tin điện tử phường đã đăng tải hơn bốn trăm tin, bài, thông báo các loại do mười sáu ngành, bộ phận, đơn vị gửi về. Bên cạnh những kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế như chất lượng một số tin, bài chưa phong phú, một số đơn vị gửi tin còn ít, ảnh minh họa chưa có chú thích rõ ràng.',
      'Theo kế hoạch, mỗi tin, bài phải trả lời đầy đủ các câu hỏi sự kiện gì, ở đâu, khi nào, ai tham dự và diễn biến ra sao; tiêu đề ngắn gọn, xúc tích; ảnh có chú thích; tin có ít nhất một trăm chữ. Tin, bài được người đứng đầu đơn vị kiểm duyệt trước khi gửi Ban biên tập, và được đăng chậm nhất từ một đến ba ngày sau sự kiện.',
      'Phát biểu kết luận hội nghị, Trưởng Ban biên tập đề nghị các đơn vị quan tâm bố trí cán bộ làm cộng tác viên, gửi tin bài đều đặn, đúng quy trình, góp phần đưa thông tin về hoạt động của phường đến với nhân dân nhanh chóng, chính xác.',
    ],
  },
  {
    title: 'Đoàn Thanh niên phường ra quân hưởng ứng Ngày Chủ nhật xanh',
    english: {
      title: 'Youth Union turns out for Green Sunday',
      summary: 'More than one hundred young people and residents cleaned streets and planted trees along the main roads of the ward.',
      eventPlace: 'Streets of Phu Lam Ward',
      paragraphs: [
        "On Sunday morning the ward's Youth Union, with the Fatherland Front and the residential groups, turned out for Green Sunday. More than one hundred young people and residents collected litter, cleared drains and planted new trees along the main roads of the ward.",
        'The volunteers worked in groups, one for each street. They filled dozens of bags with household waste, cleared undergrowth in public spaces and reminded residents to sort their waste at home and to keep shared spaces clean.',
        "The secretary of the ward's Youth Union said the work will continue on the last Sunday of every month, so that every street becomes clean and green. The union also asked its branches in the residential groups to take care of the newly planted trees in the coming weeks.",
      ],
    },
    category: 'Mặt trận và các đoàn thể',
    unit: 'Đoàn Thanh niên phường',
    summary:
      'Hơn một trăm đoàn viên, thanh niên cùng nhân dân các tổ dân phố tham gia vệ sinh môi trường, trồng cây xanh dọc các tuyến đường trên địa bàn phường.',
    eventPlace: 'Các tuyến đường trên địa bàn phường Phú Lâm',
    daysAgo: 1,
    paragraphs: [
      'Sáng Chủ nhật, Đoàn Thanh niên phường Phú Lâm phối hợp với Ủy ban Mặt trận Tổ quốc và các tổ dân phố tổ chức ra quân hưởng ứng Ngày Chủ nhật xanh. Hơn một trăm đoàn viên, thanh niên và người dân đã tham gia thu gom rác thải, khơi thông cống rãnh và trồng mới cây xanh dọc các tuyến đường chính của phường.',
      'Tại buổi ra quân, các đoàn viên được chia thành nhiều nhóm phụ trách từng tuyến phố. Các nhóm đã thu gom hàng chục bao rác thải sinh hoạt, phát quang bụi rậm ở khu vực công cộng, đồng thời tuyên truyền người dân phân loại rác tại nguồn và giữ gìn vệ sinh chung nơi ở.',
      'Bí thư Đoàn Thanh niên phường cho biết hoạt động sẽ được duy trì vào Chủ nhật cuối cùng của mỗi tháng, hướng tới xây dựng tuyến phố văn minh, sạch đẹp. Đoàn phường cũng kêu gọi các chi đoàn tổ dân phố chủ động đăng ký nhận chăm sóc các cây xanh mới trồng trong thời gian tới.',
    ],
  },
  {
    title: 'Hướng dẫn đăng ký khai sinh trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia',
    english: {
      title: 'How to register a birth online on the National Public Service Portal',
      summary: "Parents can register their child's birth from home on the National Public Service Portal, without a visit to the ward office.",
      eventPlace: 'One-stop desk, Phu Lam Ward',
      paragraphs: [
        "Birth registration can now be done entirely online on the National Public Service Portal. Parents sign in with their electronic identity account, choose the birth registration procedure, fill in the form and upload a photograph of the child's birth certificate from the hospital.",
        "Once the application is received, the ward's civil status officer checks it and settles it within the working day. The electronic birth certificate is sent to the applicant's account; a paper copy can be collected at the one-stop desk or sent by post on request.",
        'Registering a birth on time is free of charge. Residents who need help can contact the one-stop desk during office hours, Monday to Friday, where an officer will guide them through every step.',
      ],
    },
    category: 'Cải cách hành chính',
    unit: 'Tư pháp – Hộ tịch',
    summary:
      'Người dân có thể đăng ký khai sinh cho con ngay tại nhà qua Cổng Dịch vụ công quốc gia, không phải đến trụ sở Ủy ban nhân dân phường.',
    eventPlace: 'Bộ phận tiếp nhận và trả kết quả phường Phú Lâm',
    daysAgo: 3,
    paragraphs: [
      'Thực hiện chủ trương đẩy mạnh cung cấp dịch vụ công trực tuyến, thủ tục đăng ký khai sinh hiện đã được thực hiện toàn trình trên Cổng Dịch vụ công quốc gia. Người dân đăng nhập bằng tài khoản định danh điện tử, chọn thủ tục đăng ký khai sinh, điền tờ khai và tải lên ảnh chụp giấy chứng sinh của trẻ.',
      'Sau khi hồ sơ được tiếp nhận, công chức tư pháp – hộ tịch của phường kiểm tra thông tin và giải quyết ngay trong ngày làm việc. Kết quả là giấy khai sinh điện tử được gửi vào tài khoản của người dân; bản giấy có thể nhận tại Bộ phận tiếp nhận và trả kết quả hoặc qua dịch vụ bưu chính nếu có yêu cầu.',
      'Đăng ký khai sinh đúng hạn được miễn lệ phí. Trường hợp cần hỗ trợ, người dân có thể liên hệ Bộ phận tiếp nhận và trả kết quả của phường trong giờ hành chính từ thứ Hai đến thứ Sáu để được cán bộ hướng dẫn trực tiếp từng bước thực hiện.',
    ],
  },
  {
    title: 'Hội nghị học tập, quán triệt Nghị quyết của Đảng ủy phường',
    category: 'Hoạt động của Đảng ủy',
    unit: 'Đảng ủy phường',
    summary:
      'Đảng ủy phường tổ chức hội nghị học tập, quán triệt nghị quyết cho cán bộ, đảng viên các chi bộ trực thuộc.',
    eventPlace: 'Hội trường Đảng ủy phường Phú Lâm',
    daysAgo: 4,
    isOrientation: true,
    paragraphs: [
      'Đảng ủy phường Phú Lâm đã tổ chức hội nghị học tập, quán triệt nghị quyết cho toàn thể cán bộ, đảng viên của các chi bộ trực thuộc. Hội nghị được tổ chức theo hình thức trực tiếp tại hội trường Đảng ủy phường, với sự tham dự của các đồng chí trong Ban Thường vụ, Ban Chấp hành Đảng bộ phường và bí thư các chi bộ.',
      'Tại hội nghị, báo cáo viên đã truyền đạt những nội dung cơ bản, cốt lõi của nghị quyết, phân tích các mục tiêu, nhiệm vụ và giải pháp trọng tâm. Các đại biểu đã trao đổi, thảo luận về cách thức đưa nghị quyết vào thực tiễn công tác của từng chi bộ, từng tổ dân phố trên địa bàn.',
      'Kết thúc hội nghị, Đảng ủy phường yêu cầu các chi bộ xây dựng chương trình hành động cụ thể, phù hợp với điều kiện của đơn vị, đồng thời tuyên truyền sâu rộng để cán bộ, đảng viên và nhân dân hiểu rõ và thực hiện tốt nghị quyết.',
    ],
  },
  {
    title: 'Thông báo lịch tiếp công dân của Chủ tịch UBND phường',
    category: 'Thông báo',
    unit: 'Văn phòng HĐND – UBND phường',
    summary: 'Chủ tịch Ủy ban nhân dân phường tiếp công dân định kỳ vào sáng thứ Năm hằng tuần tại trụ sở UBND phường.',
    eventPlace: 'Phòng tiếp công dân, UBND phường Phú Lâm',
    daysAgo: 0,
    paragraphs: [
      'Ủy ban nhân dân phường Phú Lâm thông báo: Chủ tịch Ủy ban nhân dân phường tiếp công dân định kỳ vào sáng thứ Năm hằng tuần, từ 8 giờ đến 11 giờ 30, tại phòng tiếp công dân của trụ sở Ủy ban nhân dân phường. Công dân đến trình bày ý kiến, kiến nghị, phản ánh vui lòng mang theo giấy tờ tùy thân.',
    ],
  },
];

export const SCHEDULE_ENTRIES = {
  ubnd: [
    { day: 0, session: 'sang', time: '08:00:00', content: 'Giao ban Ủy ban nhân dân phường đầu tuần', chair: 'Chủ tịch UBND phường', participants: 'Các Phó Chủ tịch UBND phường, công chức chuyên môn', place: 'Phòng họp tầng 2, UBND phường', preparingUnit: 'Văn phòng HĐND – UBND phường' },
    { day: 1, session: 'chieu', time: '14:00:00', content: 'Kiểm tra công tác vệ sinh môi trường tại các tổ dân phố', chair: 'Phó Chủ tịch UBND phường', participants: 'Địa chính – Xây dựng, tổ trưởng tổ dân phố', place: 'Các tổ dân phố', preparingUnit: 'Địa chính – Xây dựng' },
    { day: 3, session: 'sang', time: '08:00:00', content: 'Chủ tịch UBND phường tiếp công dân định kỳ', chair: 'Chủ tịch UBND phường', participants: 'Công chức Tư pháp, Địa chính', place: 'Phòng tiếp công dân', preparingUnit: 'Văn phòng HĐND – UBND phường' },
    { day: 4, session: 'chieu', time: '15:00:00', content: 'Họp rà soát kết quả giải quyết thủ tục hành chính trong tuần', chair: 'Phó Chủ tịch UBND phường', participants: 'Bộ phận tiếp nhận và trả kết quả', place: 'Phòng họp tầng 2, UBND phường', preparingUnit: 'Bộ phận một cửa' },
  ],
  dang_uy: [
    { day: 1, session: 'sang', time: '08:00:00', content: 'Họp Ban Thường vụ Đảng ủy phường', chair: 'Bí thư Đảng ủy phường', participants: 'Các đồng chí Ủy viên Ban Thường vụ', place: 'Phòng họp Đảng ủy', preparingUnit: 'Văn phòng Đảng ủy' },
    { day: 2, session: 'chieu', time: '14:00:00', content: 'Dự sinh hoạt chi bộ tổ dân phố số 5', chair: 'Phó Bí thư Thường trực Đảng ủy', participants: 'Đảng viên chi bộ tổ dân phố số 5', place: 'Nhà văn hóa tổ dân phố số 5', preparingUnit: 'Chi bộ tổ dân phố số 5' },
  ],
} as const;

export const DISCLOSURES = [
  {
    title: 'Công khai dự toán ngân sách phường năm 2026',
    group: 'ngan_sach',
    summary: 'Dự toán thu, chi ngân sách phường năm 2026 đã được Hội đồng nhân dân phường quyết định.',
    legalBasis: 'Luật Ngân sách nhà nước; Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15, Điều 11',
    decisionDate: '2026-01-05',
    disclosedAt: '2026-01-08',
    disclosedUntil: '2026-12-31',
  },
  {
    title: 'Công khai danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của UBND phường',
    group: 'thu_tuc_hanh_chinh',
    summary: 'Danh mục thủ tục hành chính cấp xã đang có hiệu lực, niêm yết thường xuyên tại Bộ phận tiếp nhận và trả kết quả.',
    legalBasis: 'Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15, Điều 11 khoản 13',
    decisionDate: '2026-02-01',
    disclosedAt: '2026-02-03',
  },
  {
    title: 'Công khai mức thu phí, lệ phí hộ tịch và chứng thực',
    group: 'phi_le_phi',
    summary: 'Mức thu lệ phí đăng ký hộ tịch và phí chứng thực áp dụng tại phường.',
    legalBasis: 'Nghị quyết của HĐND thành phố về phí, lệ phí',
    decisionDate: '2026-03-01',
    disclosedAt: '2026-03-02',
    disclosedUntil: '2026-12-31',
  },
  {
    // Past its period: the site lists it in the archive (/cong-khai/luu-tru/), marked as expired.
    title: 'Công khai kết quả lấy ý kiến nhân dân về dự thảo quy ước tổ dân phố năm 2025',
    group: 'lay_y_kien_nhan_dan',
    summary: 'Tổng hợp ý kiến của nhân dân các tổ dân phố về dự thảo quy ước và việc tiếp thu, giải trình.',
    legalBasis: 'Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15, Điều 11',
    decisionDate: '2025-10-10',
    disclosedAt: '2025-10-15',
    disclosedUntil: '2025-11-14',
  },
] as const;

/** Dossier codes only: the lookup never shows who applied. */
export const DOSSIERS = [
  { code: 'H26.45.16-261120-0001', procedure: '1.001193', channel: 'truc_tuyen', receivedDaysAgo: 9, dueInDays: 0, status: 'da_giai_quyet', returnedDaysAgo: 9 },
  { code: 'H26.45.16-261123-0002', procedure: '1.000894', channel: 'truc_tiep', receivedDaysAgo: 6, dueInDays: 5, status: 'da_giai_quyet', returnedDaysAgo: 3 },
  { code: 'H26.45.16-261125-0003', procedure: '1.004873', channel: 'truc_tuyen', receivedDaysAgo: 4, dueInDays: 3, status: 'dang_xu_ly' },
  { code: 'H26.45.16-261126-0004', procedure: '2.000815', channel: 'truc_tiep', receivedDaysAgo: 3, dueInDays: 0, status: 'da_giai_quyet', returnedDaysAgo: 3 },
  { code: 'H26.45.16-261127-0005', procedure: '1.004859', channel: 'buu_chinh', receivedDaysAgo: 2, dueInDays: 3, status: 'dang_xu_ly' },
] as const;

/** Figures of one month for the whole ward, in the shape the one-stop desk reports them. */
export const MONTH_REPORT = {
  carriedOver: 12,
  receivedOnline: 30,
  receivedInPerson: 45,
  receivedPostal: 3,
  resolvedEarly: 20,
  resolvedOnTime: 48,
  resolvedLate: 2,
  inProgressOnTime: 15,
  inProgressOverdue: 1,
  returnedOrWithdrawn: 4,
};

export interface SeedQuestion {
  trackingCode: string;
  askerName: string;
  askerPhone: string;
  askerEmail: string;
  askerAddress: string;
  field: string;
  title: string;
  question: string;
  answer?: string;
  consentToPublish: boolean;
  published: boolean;
}

export const QUESTIONS: SeedQuestion[] = [
  {
    trackingCode: 'HD-DEM0-0001',
    askerName: 'Nguyễn Văn An',
    askerPhone: '0912345678',
    askerEmail: 'nguyenvanan@example.com',
    askerAddress: 'Tổ dân phố số 3, phường Phú Lâm',
    field: 'Hộ tịch',
    title: 'Đăng ký khai sinh cho con khi bố mẹ chưa đăng ký kết hôn',
    question: 'Vợ chồng tôi chưa đăng ký kết hôn, nay muốn đăng ký khai sinh cho con thì cần giấy tờ gì?',
    answer:
      'Trường hợp cha, mẹ chưa đăng ký kết hôn, việc khai sinh được thực hiện kết hợp với đăng ký nhận cha, con theo Luật Hộ tịch. Hồ sơ gồm tờ khai đăng ký khai sinh, giấy chứng sinh và chứng cứ chứng minh quan hệ cha, con. Đề nghị ông đến Bộ phận tiếp nhận và trả kết quả của phường để được hướng dẫn.',
    consentToPublish: true,
    published: true,
  },
  {
    trackingCode: 'HD-DEM0-0002',
    askerName: 'Trần Thị Bình',
    askerPhone: '0987654321',
    askerEmail: 'tranthibinh@example.com',
    askerAddress: 'Tổ dân phố số 7, phường Phú Lâm',
    field: 'Chứng thực',
    title: 'Chứng thực bản sao giấy tờ bằng tiếng nước ngoài',
    question: 'Phường có chứng thực bản sao bằng tốt nghiệp do trường nước ngoài cấp không?',
    consentToPublish: false,
    published: false,
  },
];
