/**
 * The ward's general pages and officials for the demo: fictional people and plausible text, not facts about
 * any real ward. Officials name their unit by the demo unit's name (data/site.ts).
 */
/** A page's English version: its localized fields only (kind, cover and order are shared by both versions). */
export interface PageEnglish { title: string; summary: string; paragraphs: string[] }
/** An official's English version: the localized fields only (name, unit, phone, e-mail are shared). */
export interface OfficialEnglish { position: string; duties?: string; biography?: string }

export const PAGES: Array<{ title: string; kind: string; order: number; summary: string; paragraphs: string[]; english?: PageEnglish }> = [
  {
    title: 'Giới thiệu chung về phường Phú Lâm',
    kind: 'gioi_thieu',
    order: 1,
    summary: 'Phường Phú Lâm là đơn vị hành chính cấp xã của thành phố Hà Nội, có 16 tổ dân phố với khoảng 28.000 nhân khẩu.',
    paragraphs: [
      'Phường Phú Lâm nằm ở phía tây nam thành phố Hà Nội, có diện tích tự nhiên khoảng 3,9 km². Phường có 16 tổ dân phố, khoảng 7.600 hộ với gần 28.000 nhân khẩu (số liệu minh họa).',
      'Từ ngày 01/7/2025, chính quyền địa phương được tổ chức theo hai cấp; Ủy ban nhân dân phường trực tiếp giải quyết phần lớn thủ tục hành chính của người dân tại Bộ phận tiếp nhận và trả kết quả của phường.',
      'Trang này giới thiệu lịch sử hình thành, điều kiện tự nhiên, bản đồ địa giới hành chính và tổ chức bộ máy của phường.',
    ],
    english: {
      title: 'About Phu Lam Ward',
      summary: 'Phu Lam is a commune-level ward of Hanoi, with 16 residential groups and about 28,000 inhabitants.',
      paragraphs: [
        'Phu Lam Ward lies in the south-west of Hanoi and covers about 3.9 km². It has 16 residential groups, about 7,600 households and nearly 28,000 inhabitants (illustrative figures).',
        "Since 1 July 2025 local government has had two levels; the ward People's Committee settles most of the residents' administrative procedures at the ward's one-stop desk.",
        'These pages present the history, the natural setting, the administrative boundary map and the organisation of the ward.',
      ],
    },
  },
  {
    title: 'Lịch sử hình thành và truyền thống',
    kind: 'lich_su',
    order: 2,
    summary: 'Quá trình hình thành phường Phú Lâm từ các làng nghề ven sông Nhuệ đến đô thị hôm nay.',
    paragraphs: [
      'Vùng đất Phú Lâm xưa gồm các làng ven sông Nhuệ, nổi tiếng với nghề dệt lụa và làm nón. Đình làng Phú Lâm là nơi sinh hoạt văn hóa cộng đồng qua nhiều thế hệ (nội dung minh họa).',
      'Trong các cuộc kháng chiến, nhân dân Phú Lâm đã đóng góp nhiều sức người, sức của. Ngày nay phường giữ gìn các di tích, lễ hội truyền thống và phát triển thành khu đô thị văn minh.',
    ],
    english: {
      title: 'History and traditions',
      summary: 'How Phu Lam Ward grew from craft villages on the Nhue River into the town of today.',
      paragraphs: [
        'The land of Phu Lam was once a group of villages along the Nhue River, known for silk weaving and hat making. The Phu Lam communal house has been the heart of community life for generations (illustrative text).',
        'In the wars of resistance the people of Phu Lam gave much of their strength and means. Today the ward keeps its historic sites and traditional festivals and has grown into a modern urban area.',
      ],
    },
  },
  {
    title: 'Điều kiện tự nhiên',
    kind: 'dieu_kien_tu_nhien',
    order: 3,
    summary: 'Vị trí, địa hình, khí hậu và thủy văn của phường.',
    paragraphs: [
      'Phường có địa hình bằng phẳng, cao độ trung bình 5–6 m, thuộc vùng đồng bằng châu thổ sông Hồng. Sông Nhuệ chảy qua phía đông phường.',
      'Khí hậu nhiệt đới gió mùa, mùa hè nóng ẩm, mưa nhiều; mùa đông lạnh, ít mưa. Nhiệt độ trung bình năm khoảng 23–24 °C (số liệu minh họa).',
    ],
    english: {
      title: 'Natural setting',
      summary: 'Location, terrain, climate and waters of the ward.',
      paragraphs: [
        'The ward is flat, on average 5 to 6 m above sea level, in the delta of the Red River. The Nhue River flows along its eastern side.',
        'The climate is tropical monsoon: hot, humid and rainy summers, cool and dry winters. The mean yearly temperature is about 23 to 24 °C (illustrative figures).',
      ],
    },
  },
  {
    title: 'Bản đồ địa giới hành chính',
    kind: 'ban_do_dia_gioi',
    order: 4,
    summary: 'Ranh giới hành chính của phường và các tổ dân phố.',
    paragraphs: [
      'Phía bắc giáp phường Hà Đông; phía nam giáp phường Kiến Hưng; phía đông giáp sông Nhuệ; phía tây giáp phường Yên Nghĩa (mô tả minh họa).',
      'Bản đồ địa giới hành chính chính thức được niêm yết tại trụ sở Ủy ban nhân dân phường; người dân có thể xem và đề nghị sao chụp tại Bộ phận tiếp nhận và trả kết quả.',
    ],
    english: {
      title: 'Administrative boundary map',
      summary: 'The administrative boundary of the ward and of its residential groups.',
      paragraphs: [
        'The ward borders Ha Dong Ward to the north, Kien Hung Ward to the south, the Nhue River to the east and Yen Nghia Ward to the west (illustrative description).',
        "The official boundary map is displayed at the ward People's Committee; residents may view it and ask for a copy at the one-stop desk.",
      ],
    },
  },
];

export const OFFICIALS: Array<{
  fullName: string; position: string; unit: string; isLeader: boolean; order: number; phone?: string; email?: string;
  duties?: string; biography?: string; english?: OfficialEnglish;
}> = [
  {
    fullName: 'Nguyễn Văn An', position: 'Bí thư Đảng ủy phường', unit: 'Đảng ủy phường', isLeader: true, order: 1,
    phone: '024 3353 0101', email: 'bithu@phulam.demo',
    duties: 'Lãnh đạo toàn diện các mặt công tác của Đảng bộ phường; phụ trách công tác tổ chức, cán bộ.',
    biography: 'Sinh năm 1972; cử nhân Luật, cao cấp lý luận chính trị. Nhiều năm công tác tại Ủy ban nhân dân phường trước khi được bầu làm Bí thư Đảng ủy.',
    english: {
      position: 'Secretary of the ward Party Committee',
      duties: "Leads every area of the ward Party organisation's work; in charge of organisation and personnel.",
      biography: "Born in 1972; law graduate, advanced political theory. Worked for many years at the ward People's Committee before being elected Secretary of the Party Committee.",
    },
  },
  {
    fullName: 'Trần Thị Bình', position: 'Chủ tịch Hội đồng nhân dân phường', unit: 'Hội đồng nhân dân phường', isLeader: true, order: 2,
    phone: '024 3353 0102', email: 'hdnd@phulam.demo',
    duties: 'Điều hành hoạt động của Hội đồng nhân dân phường; chủ trì các kỳ họp; giám sát việc thi hành nghị quyết.',
    biography: 'Sinh năm 1975; thạc sĩ Quản lý công. Nguyên Chủ tịch Hội Liên hiệp Phụ nữ phường.',
    english: {
      position: "Chair of the ward People's Council",
      duties: "Runs the work of the ward People's Council; chairs its sessions; oversees how its resolutions are carried out.",
      biography: "Born in 1975; master's degree in public management. Formerly Chair of the ward Women's Union.",
    },
  },
  {
    fullName: 'Lê Quang Cường', position: 'Chủ tịch Ủy ban nhân dân phường', unit: 'Văn phòng HĐND – UBND phường', isLeader: true, order: 3,
    phone: '024 3353 0103', email: 'chutich@phulam.demo',
    duties: 'Lãnh đạo, điều hành chung hoạt động của Ủy ban nhân dân phường; trực tiếp phụ trách tài chính, ngân sách, quy hoạch, đất đai.',
    biography: 'Sinh năm 1978; kỹ sư xây dựng, cử nhân Hành chính công. Nguyên Phó Chủ tịch Ủy ban nhân dân phường.',
    english: {
      position: "Chair of the ward People's Committee",
      duties: "Leads and runs the work of the ward People's Committee; directly in charge of finance, the budget, planning and land.",
      biography: "Born in 1978; civil engineer, graduate in public administration. Formerly Vice-Chair of the ward People's Committee.",
    },
  },
  {
    fullName: 'Phạm Thu Dung', position: 'Phó Chủ tịch Ủy ban nhân dân phường', unit: 'Văn phòng HĐND – UBND phường', isLeader: true, order: 4,
    phone: '024 3353 0104', email: 'phochutich.vhxh@phulam.demo',
    duties: 'Phụ trách văn hóa – xã hội, giáo dục, y tế, chính sách an sinh xã hội; phụ trách Trang thông tin điện tử phường.',
    biography: 'Sinh năm 1982; thạc sĩ Văn hóa học. Nguyên công chức Văn hóa – Xã hội phường.',
    english: {
      position: "Vice-Chair of the ward People's Committee",
      duties: "In charge of culture and social affairs, education, health and social welfare; in charge of the ward's e-information page.",
      biography: "Born in 1982; master's degree in cultural studies. Formerly the ward's culture and social affairs officer.",
    },
  },
  {
    fullName: 'Hoàng Minh Đức', position: 'Chánh Văn phòng HĐND – UBND phường', unit: 'Văn phòng HĐND – UBND phường', isLeader: false, order: 5,
    phone: '024 3353 0105', email: 'vanphong@phulam.demo',
    duties: 'Tham mưu tổng hợp; đầu mối cung cấp thông tin theo Luật Tiếp cận thông tin; quản lý văn bản, lịch công tác.',
    english: {
      position: "Head of the Office of the ward People's Council and People's Committee",
      duties: 'General advice and coordination; contact point for information under the Law on Access to Information; manages documents and the work schedule.',
    },
  },
  {
    fullName: 'Vũ Thị Hà', position: 'Công chức Tư pháp – Hộ tịch', unit: 'Tư pháp – Hộ tịch', isLeader: false, order: 6,
    phone: '024 3353 0106', email: 'tuphap@phulam.demo',
    duties: 'Đăng ký hộ tịch, chứng thực; phổ biến, giáo dục pháp luật; hòa giải ở cơ sở.',
    english: {
      position: 'Justice and civil status officer',
      duties: 'Civil status registration and certification; legal education; mediation in the community.',
    },
  },
  {
    fullName: 'Đỗ Văn Khoa', position: 'Công chức Địa chính – Xây dựng', unit: 'Địa chính – Xây dựng', isLeader: false, order: 7,
    phone: '024 3353 0107', email: 'diachinh@phulam.demo',
    duties: 'Quản lý đất đai, trật tự xây dựng, đô thị và môi trường trên địa bàn phường.',
    english: {
      position: 'Land administration and construction officer',
      duties: 'Manages land, building control, urban order and the environment in the ward.',
    },
  },
  {
    fullName: 'Bùi Thị Lan', position: 'Chủ tịch Ủy ban Mặt trận Tổ quốc phường', unit: 'Ủy ban Mặt trận Tổ quốc phường', isLeader: false, order: 8,
    phone: '024 3353 0108', email: 'mttq@phulam.demo',
    duties: 'Chủ trì hoạt động của Ủy ban Mặt trận Tổ quốc phường; giám sát và phản biện xã hội; vận động nhân dân.',
    english: {
      position: 'Chair of the ward Fatherland Front Committee',
      duties: "Chairs the work of the ward Fatherland Front Committee; social oversight and feedback; mobilises the residents.",
    },
  },
];
