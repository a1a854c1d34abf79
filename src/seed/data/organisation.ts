/**
 * The ward's general pages and officials for the demo: fictional people and plausible text, not facts about
 * any real ward. Officials name their unit by the demo unit's name (data/site.ts).
 */
export const PAGES: Array<{ title: string; kind: string; order: number; summary: string; paragraphs: string[] }> = [
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
  },
];

export const OFFICIALS: Array<{
  fullName: string; position: string; unit: string; isLeader: boolean; order: number; phone?: string; email?: string;
  duties?: string; biography?: string;
}> = [
  {
    fullName: 'Nguyễn Văn An', position: 'Bí thư Đảng ủy phường', unit: 'Đảng ủy phường', isLeader: true, order: 1,
    phone: '024 3353 0101', email: 'bithu@phulam.demo',
    duties: 'Lãnh đạo toàn diện các mặt công tác của Đảng bộ phường; phụ trách công tác tổ chức, cán bộ.',
    biography: 'Sinh năm 1972; cử nhân Luật, cao cấp lý luận chính trị. Nhiều năm công tác tại Ủy ban nhân dân phường trước khi được bầu làm Bí thư Đảng ủy.',
  },
  {
    fullName: 'Trần Thị Bình', position: 'Chủ tịch Hội đồng nhân dân phường', unit: 'Hội đồng nhân dân phường', isLeader: true, order: 2,
    phone: '024 3353 0102', email: 'hdnd@phulam.demo',
    duties: 'Điều hành hoạt động của Hội đồng nhân dân phường; chủ trì các kỳ họp; giám sát việc thi hành nghị quyết.',
    biography: 'Sinh năm 1975; thạc sĩ Quản lý công. Nguyên Chủ tịch Hội Liên hiệp Phụ nữ phường.',
  },
  {
    fullName: 'Lê Quang Cường', position: 'Chủ tịch Ủy ban nhân dân phường', unit: 'Văn phòng HĐND – UBND phường', isLeader: true, order: 3,
    phone: '024 3353 0103', email: 'chutich@phulam.demo',
    duties: 'Lãnh đạo, điều hành chung hoạt động của Ủy ban nhân dân phường; trực tiếp phụ trách tài chính, ngân sách, quy hoạch, đất đai.',
    biography: 'Sinh năm 1978; kỹ sư xây dựng, cử nhân Hành chính công. Nguyên Phó Chủ tịch Ủy ban nhân dân phường.',
  },
  {
    fullName: 'Phạm Thu Dung', position: 'Phó Chủ tịch Ủy ban nhân dân phường', unit: 'Văn phòng HĐND – UBND phường', isLeader: true, order: 4,
    phone: '024 3353 0104', email: 'phochutich.vhxh@phulam.demo',
    duties: 'Phụ trách văn hóa – xã hội, giáo dục, y tế, chính sách an sinh xã hội; phụ trách Trang thông tin điện tử phường.',
    biography: 'Sinh năm 1982; thạc sĩ Văn hóa học. Nguyên công chức Văn hóa – Xã hội phường.',
  },
  {
    fullName: 'Hoàng Minh Đức', position: 'Chánh Văn phòng HĐND – UBND phường', unit: 'Văn phòng HĐND – UBND phường', isLeader: false, order: 5,
    phone: '024 3353 0105', email: 'vanphong@phulam.demo',
    duties: 'Tham mưu tổng hợp; đầu mối cung cấp thông tin theo Luật Tiếp cận thông tin; quản lý văn bản, lịch công tác.',
  },
  {
    fullName: 'Vũ Thị Hà', position: 'Công chức Tư pháp – Hộ tịch', unit: 'Tư pháp – Hộ tịch', isLeader: false, order: 6,
    phone: '024 3353 0106', email: 'tuphap@phulam.demo',
    duties: 'Đăng ký hộ tịch, chứng thực; phổ biến, giáo dục pháp luật; hòa giải ở cơ sở.',
  },
  {
    fullName: 'Đỗ Văn Khoa', position: 'Công chức Địa chính – Xây dựng', unit: 'Địa chính – Xây dựng', isLeader: false, order: 7,
    phone: '024 3353 0107', email: 'diachinh@phulam.demo',
    duties: 'Quản lý đất đai, trật tự xây dựng, đô thị và môi trường trên địa bàn phường.',
  },
  {
    fullName: 'Bùi Thị Lan', position: 'Chủ tịch Ủy ban Mặt trận Tổ quốc phường', unit: 'Ủy ban Mặt trận Tổ quốc phường', isLeader: false, order: 8,
    phone: '024 3353 0108', email: 'mttq@phulam.demo',
    duties: 'Chủ trì hoạt động của Ủy ban Mặt trận Tổ quốc phường; giám sát và phản biện xã hội; vận động nhân dân.',
  },
];
