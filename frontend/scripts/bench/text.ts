// Vietnamese text for the benchmark's content: the kind of sentences a ward's news, procedures and answers
// are written in, with every diacritic the site must carry (Đ, ư, ơ, ạ, ễ, …).
import type { Block, TextLeaf } from '../../src/api/strapi';
import type { Random } from './random';

export const NEIGHBOURHOODS = ['Phú Lâm', 'Văn Quán', 'Mộ Lao', 'Kiến Hưng', 'Dương Nội', 'Yên Nghĩa', 'Phú Lương', 'La Khê', 'Văn Phú', 'Đồng Mai'];
export const PEOPLE = [
  'Nguyễn Văn Hùng', 'Trần Thị Hoa', 'Lê Minh Tuấn', 'Phạm Thu Hương', 'Đỗ Quang Vinh', 'Vũ Thị Lan', 'Hoàng Đức Thắng',
  'Bùi Thị Ngọc', 'Đặng Văn Khải', 'Ngô Thị Thủy', 'Dương Quốc Bảo', 'Trịnh Thị Yến',
];
const POSITIONS = [
  'Bí thư Đảng ủy phường', 'Chủ tịch Ủy ban nhân dân phường', 'Phó Chủ tịch Ủy ban nhân dân phường', 'Chủ tịch Hội đồng nhân dân phường',
  'Chủ tịch Ủy ban Mặt trận Tổ quốc phường', 'Bí thư Đoàn Thanh niên phường', 'Trưởng Công an phường', 'Chủ tịch Hội Liên hiệp Phụ nữ phường',
];
const VENUES = [
  'hội trường Ủy ban nhân dân phường', 'nhà văn hóa tổ dân phố số {tdp}', 'sân vận động phường', 'Trung tâm Văn hóa – Thể thao phường',
  'hội trường Đảng ủy phường', 'trụ sở Công an phường', 'Trường Tiểu học Phú Lâm', 'Trường Trung học cơ sở Văn Quán',
];
const EVENTS = [
  'hội nghị sơ kết công tác sáu tháng đầu năm', 'lễ phát động phong trào thi đua', 'buổi tập huấn nghiệp vụ', 'chương trình giao lưu văn nghệ',
  'hội thi tìm hiểu pháp luật', 'buổi tiếp xúc cử tri', 'lễ ra quân tổng vệ sinh môi trường', 'hội nghị đối thoại với nhân dân',
  'diễn tập phương án chữa cháy và cứu nạn, cứu hộ', 'lễ trao quà cho các gia đình chính sách', 'hội nghị tổng kết năm',
];
const PURPOSES = [
  'nâng cao ý thức tự giác chấp hành pháp luật của người dân', 'xây dựng khu dân cư văn minh, sạch đẹp, an toàn',
  'góp phần hoàn thành các chỉ tiêu kinh tế – xã hội của phường', 'tạo điều kiện thuận lợi nhất cho người dân khi giải quyết thủ tục hành chính',
  'chăm lo đời sống vật chất, tinh thần cho các đối tượng chính sách', 'phát huy vai trò làm chủ của nhân dân trong xây dựng chính quyền',
];
const QUOTES = [
  'Trước đây mỗi lần làm giấy tờ phải xin nghỉ nửa ngày, giờ ngồi ở nhà nộp hồ sơ trên điện thoại là xong',
  'Khu phố sạch hơn, đường làng sáng đèn hơn, bà con ai cũng phấn khởi',
  'Chúng tôi mong phường tiếp tục tổ chức những buổi đối thoại như thế này để người dân được nói lên nguyện vọng của mình',
  'Các cháu thanh niên nhiệt tình, chu đáo, hướng dẫn từng bước rất dễ hiểu',
];
const TARGETS = [
  'có trên 95% hộ gia đình đạt danh hiệu Gia đình văn hóa', 'đưa tỷ lệ hồ sơ nộp trực tuyến lên trên 80%',
  'không để xảy ra cháy, nổ nghiêm trọng trên địa bàn', 'hoàn thành 100% chỉ tiêu giao quân', 'giảm số hộ nghèo xuống dưới 0,5%',
];
const DOCUMENTS = ['nghị quyết về nhiệm vụ phát triển kinh tế – xã hội', 'quy ước tổ dân phố', 'kế hoạch thu ngân sách', 'phương án bảo đảm trật tự xây dựng'];

const SENTENCES = [
  'Sáng ngày {date}, tại {venue}, {unit} đã tổ chức {event} với sự tham gia của {n} đại biểu, hội viên và nhân dân trên địa bàn.',
  'Tham dự có đại diện lãnh đạo Đảng ủy, Hội đồng nhân dân, Ủy ban nhân dân, Ủy ban Mặt trận Tổ quốc phường cùng trưởng các ban, ngành, đoàn thể và tổ trưởng các tổ dân phố.',
  'Theo báo cáo, trong {period} vừa qua, {unit} đã triển khai {small} đợt tuyên truyền, thu hút hơn {n} lượt người dân tham gia.',
  'Bên cạnh những kết quả đạt được, công tác này vẫn còn một số hạn chế như nguồn lực còn mỏng, sự phối hợp giữa các bộ phận có lúc chưa chặt chẽ, một bộ phận người dân chưa thực sự quan tâm.',
  'Phát biểu tại buổi lễ, đồng chí {person}, {position}, ghi nhận và biểu dương những nỗ lực của {unit} trong thời gian qua.',
  'Đồng chí đề nghị các tổ dân phố tiếp tục đẩy mạnh công tác tuyên truyền, vận động để mỗi người dân hiểu rõ và tự giác thực hiện.',
  'Dịp này, {small} tập thể và {small} cá nhân có thành tích xuất sắc đã được Ủy ban nhân dân phường tặng giấy khen.',
  'Ngay sau buổi lễ, các lực lượng đã ra quân thu gom rác thải, khơi thông cống rãnh và phát quang bụi rậm tại các tuyến đường trên địa bàn khu {place}.',
  'Được biết, đây là hoạt động thường niên nhằm {purpose}.',
  'Người dân có nhu cầu có thể liên hệ Bộ phận tiếp nhận và trả kết quả của phường trong giờ hành chính, từ thứ Hai đến thứ Sáu hằng tuần, để được hướng dẫn cụ thể.',
  'Kết thúc hội nghị, các đại biểu đã thống nhất thông qua {document} với tỷ lệ {pct}% đại biểu tán thành.',
  '{resident}, người dân khu {place}, chia sẻ: “{quote}”.',
  'Trong năm {year}, phường phấn đấu {target}.',
  'Thời gian tới, {unit} sẽ tiếp tục phối hợp với các đơn vị liên quan để duy trì và nhân rộng mô hình, góp phần xây dựng phường văn minh, sạch đẹp.',
  'Tính đến nay, {pct}% hồ sơ thủ tục hành chính của phường được tiếp nhận trực tuyến, tỷ lệ giải quyết đúng hạn đạt {pct2}%.',
  'Các nội dung được trao đổi cởi mở, thẳng thắn, tập trung vào những vấn đề cử tri quan tâm như trật tự xây dựng, vệ sinh môi trường, an ninh trật tự và chế độ chính sách.',
  'Ý kiến của cử tri đã được lãnh đạo phường tiếp thu, giải trình cụ thể; những nội dung vượt thẩm quyền được tổng hợp, báo cáo cấp trên xem xét, giải quyết.',
  'Lực lượng Công an phường đã phối hợp với bảo vệ dân phố tổ chức tuần tra, kiểm soát, kịp thời phát hiện và xử lý {small} trường hợp vi phạm.',
  'Các hộ gia đình được khuyến cáo không để xe máy, vật dụng dễ cháy ở lối thoát nạn, thường xuyên kiểm tra hệ thống điện và trang bị bình chữa cháy mini.',
  'Chương trình đã trao {n} suất quà, mỗi suất trị giá {money} đồng, cho các hộ gia đình có hoàn cảnh khó khăn, gia đình chính sách trên địa bàn.',
  'Buổi tập huấn giúp cán bộ, công chức nắm vững quy trình, kỹ năng sử dụng các phần mềm dùng chung và hệ thống quản lý văn bản điện tử.',
  'Đây là một trong những nhiệm vụ trọng tâm nhằm thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ phường nhiệm kỳ 2025 – 2030.',
  'Ban tổ chức đã trao giải Nhất, giải Nhì, giải Ba và các giải khuyến khích cho các đội có thành tích cao.',
  'Qua kiểm tra, đoàn công tác đánh giá cao sự chuẩn bị chu đáo của tổ dân phố số {tdp} và đề nghị khắc phục ngay những tồn tại đã được chỉ ra.',
  'Năm nay, nhiều mô hình mới như “Tuyến phố văn minh”, “Ngõ xanh – sạch – đẹp” và “Camera an ninh” tiếp tục được nhân dân hưởng ứng, đóng góp kinh phí thực hiện.',
  'Với phương châm “dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng”, mọi khoản đóng góp đều được công khai tại nhà văn hóa và trên Trang thông tin điện tử của phường.',
];

const HEADINGS = [
  'Kết quả nổi bật', 'Những khó khăn, vướng mắc', 'Nhiệm vụ trọng tâm thời gian tới', 'Ý kiến của người dân', 'Cách thức thực hiện',
  'Hồ sơ cần chuẩn bị', 'Các mốc thời gian', 'Bài học kinh nghiệm', 'Đánh giá của lãnh đạo phường', 'Hướng dẫn cho người dân',
  'Sự vào cuộc của cả hệ thống chính trị', 'Chuyển đổi số từ cơ sở',
];
const LIST_ITEMS = [
  'Tờ khai theo mẫu quy định', 'Bản sao giấy tờ tùy thân còn giá trị sử dụng', 'Tuyên truyền đến 100% hộ gia đình trên địa bàn',
  'Duy trì giao ban định kỳ hằng tháng giữa các ban, ngành', 'Phân loại rác thải sinh hoạt tại nguồn', 'Kiểm tra hệ thống điện trong gia đình trước khi đi vắng',
  'Thời gian: từ 7 giờ 30 đến 11 giờ các ngày làm việc', 'Địa điểm: nhà văn hóa các tổ dân phố', 'Rà soát, cập nhật danh sách đối tượng thụ hưởng',
  'Công khai kết quả tại trụ sở Ủy ban nhân dân phường', 'Đăng ký tài khoản định danh điện tử mức độ 2', 'Hoàn thành trước ngày 15 của tháng cuối quý',
];

const TITLE_PARTS: Record<string, { subjects: string[]; actions: string[] }> = {
  'Tin tức – Sự kiện': {
    subjects: ['Phường Phú Lâm', 'Ủy ban nhân dân phường', 'Khu {place}', 'Nhân dân tổ dân phố số {tdp}'],
    actions: ['tổ chức Ngày hội Đại đoàn kết toàn dân tộc', 'ra quân tổng vệ sinh môi trường đón Tết', 'khánh thành nhà văn hóa mới', 'đón nhận danh hiệu khu dân cư kiểu mẫu', 'tổ chức Tết Trung thu cho thiếu nhi', 'phát động Tết trồng cây đời đời nhớ ơn Bác Hồ'],
  },
  'Hoạt động của Đảng ủy': {
    subjects: ['Đảng ủy phường', 'Ban Thường vụ Đảng ủy phường', 'Chi bộ tổ dân phố số {tdp}'],
    actions: ['học tập, quán triệt nghị quyết của Thành ủy', 'trao Huy hiệu 50 năm tuổi Đảng cho đảng viên', 'sơ kết công tác xây dựng Đảng sáu tháng đầu năm', 'kết nạp đảng viên mới', 'kiểm tra, giám sát việc thực hiện nghị quyết tại chi bộ'],
  },
  'Hoạt động HĐND – UBND': {
    subjects: ['Hội đồng nhân dân phường', 'Ủy ban nhân dân phường', 'Thường trực HĐND phường'],
    actions: ['tổ chức kỳ họp thường lệ giữa năm', 'tiếp xúc cử tri trước kỳ họp', 'giao ban đánh giá kết quả thực hiện nhiệm vụ tháng', 'giám sát công tác giải quyết đơn thư', 'triển khai nhiệm vụ phát triển kinh tế – xã hội quý tới'],
  },
  'Mặt trận và các đoàn thể': {
    subjects: ['Ủy ban MTTQ phường', 'Đoàn Thanh niên phường', 'Hội Liên hiệp Phụ nữ phường', 'Hội Cựu chiến binh phường', 'Hội Người cao tuổi phường', 'Hội Chữ thập đỏ phường'],
    actions: ['ra quân hưởng ứng Ngày Chủ nhật xanh', 'trao quà cho hộ gia đình có hoàn cảnh khó khăn', 'tổ chức hiến máu tình nguyện', 'phát động cuộc vận động “Ngày vì người nghèo”', 'tổ chức hội thi nấu ăn ngon', 'mở lớp tập huấn kỹ năng sơ cấp cứu'],
  },
  'Tổ dân phố': {
    subjects: ['Tổ dân phố số {tdp}', 'Tổ dân phố số {tdp} khu {place}'],
    actions: ['họp bàn xây dựng quy ước mới', 'làm sạch, chỉnh trang ngõ phố', 'lắp đặt hệ thống camera an ninh', 'tổ chức giải bóng chuyền hơi', 'biểu dương gia đình văn hóa tiêu biểu', 'bầu tổ trưởng nhiệm kỳ mới'],
  },
  'Cải cách hành chính': {
    subjects: ['Bộ phận tiếp nhận và trả kết quả', 'Phường Phú Lâm', 'Ủy ban nhân dân phường'],
    actions: ['hướng dẫn nộp hồ sơ trực tuyến toàn trình', 'đẩy mạnh thanh toán phí, lệ phí không dùng tiền mặt', 'triển khai ứng dụng định danh điện tử VNeID', 'công khai kết quả giải quyết thủ tục hành chính', 'lấy ý kiến người dân về mức độ hài lòng'],
  },
  'Phổ biến, giáo dục pháp luật': {
    subjects: ['Hội đồng phổ biến, giáo dục pháp luật phường', 'Tư pháp – Hộ tịch', 'Phường Phú Lâm'],
    actions: ['tuyên truyền Luật Đất đai năm 2024', 'tổ chức Ngày Pháp luật Việt Nam', 'phổ biến quy định mới về cư trú', 'tuyên truyền phòng, chống bạo lực gia đình', 'giới thiệu Luật Thực hiện dân chủ ở cơ sở'],
  },
  'Văn hóa – Xã hội': {
    subjects: ['Phường Phú Lâm', 'Trạm Y tế phường', 'Các trường học trên địa bàn phường'],
    actions: ['tổ chức tiêm chủng mở rộng cho trẻ em', 'khai giảng năm học mới', 'tổ chức lễ hội truyền thống đình làng', 'chăm lo Tết cho người cao tuổi', 'phát động phong trào toàn dân tập thể dục'],
  },
  'Quốc phòng – An ninh': {
    subjects: ['Công an phường', 'Ban Chỉ huy Quân sự phường', 'Lực lượng bảo vệ an ninh trật tự cơ sở'],
    actions: ['tổ chức lễ giao nhận quân', 'diễn tập phòng cháy, chữa cháy tại khu dân cư', 'ra mắt mô hình “Tổ liên gia an toàn”', 'tuyên truyền phòng chống lừa đảo qua mạng', 'tập huấn nghiệp vụ cho lực lượng dân quân'],
  },
  'Thông báo': {
    subjects: ['Thông báo'],
    actions: ['lịch tiếp công dân của Chủ tịch UBND phường', 'tạm dừng cấp điện khu {place}', 'tuyển dụng công chức phường', 'kết quả lựa chọn nhà thầu', 'lịch thu gom rác thải cồng kềnh', 'về việc niêm yết danh sách cử tri', 'nghỉ Tết Nguyên đán', 'lịch tiêm phòng dại cho chó, mèo'],
  },
  'Phóng sự chuyên đề': {
    subjects: ['Phú Lâm', 'Chuyện ở khu {place}', 'Ghi chép'],
    actions: ['– hành trình xây dựng phường văn minh', ': những người giữ lửa phong trào', ': khi người dân cùng làm chủ', '– chuyển đổi số từ tổ dân phố', ': nghĩa tình người lính'],
  },
};

export const TAGS = [
  'chuyển đổi số', 'cải cách hành chính', 'dịch vụ công trực tuyến', 'vệ sinh môi trường', 'an ninh trật tự', 'phòng cháy chữa cháy',
  'an sinh xã hội', 'khuyến học', 'đại đoàn kết', 'thanh niên', 'phụ nữ', 'người cao tuổi', 'pháp luật', 'y tế', 'giáo dục',
];

/** Fills {placeholders} with plausible values. */
export function fill(random: Random, template: string, units: readonly string[], year: number): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    switch (key) {
      case 'date': return `${random.int(1, 28)}/${random.int(1, 12)}`;
      case 'venue': return fill(random, random.pick(VENUES), units, year);
      case 'unit': return random.pick(units).replace(/^Các /, 'các '); // always mid-sentence
      case 'resident': {
        const name = random.pick(PEOPLE);
        return `${name.includes(' Thị ') ? 'Bà' : 'Ông'} ${name}`;
      }
      case 'event': return random.pick(EVENTS);
      case 'n': return String(random.int(40, 400));
      case 'small': return String(random.int(2, 25));
      case 'period': return random.pick(['sáu tháng', 'quý', 'năm', 'nhiệm kỳ']);
      case 'person': return random.pick(PEOPLE);
      case 'position': return random.pick(POSITIONS);
      case 'place': return random.pick(NEIGHBOURHOODS);
      case 'purpose': return random.pick(PURPOSES);
      case 'document': return random.pick(DOCUMENTS);
      case 'pct': return String(random.int(70, 99));
      case 'pct2': return `${random.int(95, 99)},${random.int(0, 9)}`;
      case 'quote': return random.pick(QUOTES);
      case 'year': return String(year);
      case 'target': return random.pick(TARGETS);
      case 'money': return random.pick(['300.000', '500.000', '1.000.000', '2.000.000']);
      case 'tdp': return String(random.int(1, 30));
      default: return key;
    }
  });
}

export function sentences(random: Random, count: number, units: readonly string[], year: number): string {
  return random.sample(SENTENCES, count).map((sentence) => fill(random, sentence, units, year)).join(' ');
}

export function articleTitle(random: Random, category: string, units: readonly string[], year: number): string {
  const parts = TITLE_PARTS[category] ?? TITLE_PARTS['Tin tức – Sự kiện'];
  const action = fill(random, random.pick(parts.actions), units, year);
  const subject = fill(random, random.pick(parts.subjects), units, year);
  const joined = action.startsWith('–') || action.startsWith(':') ? `${subject} ${action}`.replace(' :', ':') : `${subject} ${action}`;
  const when = random.weighted(
    ['', ` năm ${year}`, ` tháng ${random.int(1, 12)}/${year}`, ` quý ${random.pick(['I', 'II', 'III', 'IV'])} năm ${year}`, ` đợt ${random.int(1, 3)} năm ${year}`],
    [4, 3, 2, 1, 1],
  );
  const where = joined.toLowerCase().includes('khu ') || category === 'Thông báo' || !random.chance(0.45)
    ? ''
    : random.chance(0.5) ? ` tại khu ${random.pick(NEIGHBOURHOODS)}` : ` tại tổ dân phố số ${random.int(1, 30)}`;
  return `${joined}${where}${when}`;
}

const text = (value: string, marks: Partial<Record<'bold' | 'italic', boolean>> = {}): TextLeaf => ({ type: 'text', text: value, ...marks });

/** A paragraph of 2–6 sentences, now and then with a bold lead or a link. */
export function paragraph(random: Random, units: readonly string[], year: number): Block {
  const body = sentences(random, random.int(2, 6), units, year);
  if (random.chance(0.12)) {
    return {
      type: 'paragraph',
      children: [text(`${body} Xem thêm tại `), { type: 'link', url: 'https://dichvucong.gov.vn', children: [text('Cổng Dịch vụ công quốc gia')] }, text('.')],
    };
  }
  if (random.chance(0.15)) return { type: 'paragraph', children: [text(`${random.pick(HEADINGS)}: `, { bold: true }), text(body)] };
  return { type: 'paragraph', children: [text(body)] };
}

export function list(random: Random): Block {
  return {
    type: 'list',
    format: random.chance(0.5) ? 'ordered' : 'unordered',
    children: random.sample(LIST_ITEMS, random.int(3, 6)).map((item) => ({ type: 'list-item' as const, children: [text(item)] })),
  };
}

/**
 * An article body in Strapi's blocks format: an opening, then sections of a heading and paragraphs with
 * lists, quotes and pictures here and there. `sections` sets the length (0 for a short notice).
 */
export function articleBody(random: Random, sections: number, units: readonly string[], year: number, image: () => Block): Block[] {
  const blocks: Block[] = Array.from({ length: random.int(1, 3) }, () => paragraph(random, units, year));
  for (let s = 0; s < sections; s += 1) {
    blocks.push({ type: 'heading', level: random.chance(0.8) ? 2 : 3, children: [text(random.pick(HEADINGS))] });
    for (let p = random.int(1, 4); p > 0; p -= 1) blocks.push(paragraph(random, units, year));
    if (random.chance(0.35)) blocks.push(list(random));
    if (random.chance(0.12)) blocks.push({ type: 'quote', children: [text(`${random.pick(QUOTES)}.`, { italic: true })] });
    if (random.chance(0.15)) blocks.push(image());
  }
  return blocks;
}

// Procedures: what a ward's one-stop desk handles, by field.
export const EXTRA_FIELDS = [
  { name: 'Người có công', code: 'NCC', order: 6 },
  { name: 'Hòa giải cơ sở', code: 'HGCS', order: 7 },
  { name: 'Nuôi con nuôi', code: 'NCN', order: 8 },
  { name: 'Thi đua – Khen thưởng', code: 'TDKT', order: 9 },
  { name: 'Tôn giáo', code: 'TG', order: 10 },
  { name: 'Giáo dục và Đào tạo', code: 'GDDT', order: 11 },
  { name: 'Môi trường', code: 'MT', order: 12 },
];

export const PROCEDURE_STEMS: Record<string, string[]> = {
  'Hộ tịch': ['đăng ký khai sinh', 'đăng ký kết hôn', 'đăng ký khai tử', 'đăng ký nhận cha, mẹ, con', 'đăng ký giám hộ', 'đăng ký chấm dứt giám hộ', 'đăng ký lại khai sinh', 'đăng ký lại kết hôn', 'đăng ký lại khai tử', 'cấp Giấy xác nhận tình trạng hôn nhân', 'thay đổi, cải chính, bổ sung thông tin hộ tịch', 'ghi vào sổ hộ tịch việc hộ tịch đã giải quyết ở nước ngoài'],
  'Chứng thực': ['chứng thực bản sao từ bản chính', 'chứng thực chữ ký trong giấy tờ, văn bản', 'chứng thực hợp đồng, giao dịch', 'chứng thực văn bản thỏa thuận phân chia di sản', 'chứng thực văn bản khai nhận di sản', 'chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng', 'cấp bản sao có chứng thực từ bản chính hợp đồng đã được chứng thực', 'chứng thực di chúc'],
  'Đất đai': ['hòa giải tranh chấp đất đai', 'xác nhận nguồn gốc, thời điểm sử dụng đất', 'đăng ký biến động quyền sử dụng đất', 'xác nhận hiện trạng sử dụng đất', 'lấy ý kiến về việc cấp Giấy chứng nhận quyền sử dụng đất', 'xác nhận đơn đề nghị cấp đổi Giấy chứng nhận'],
  'Bảo trợ xã hội': ['trợ cấp xã hội hằng tháng', 'hỗ trợ chi phí mai táng', 'xác định, xác định lại mức độ khuyết tật', 'cấp Giấy xác nhận khuyết tật', 'trợ giúp xã hội khẩn cấp về hỗ trợ làm nhà ở', 'chi trả trợ cấp xã hội khi đối tượng thay đổi nơi cư trú', 'công nhận hộ nghèo, hộ cận nghèo'],
  'Văn hóa cơ sở': ['xét tặng danh hiệu Gia đình văn hóa', 'xét tặng danh hiệu Tổ dân phố văn hóa', 'thông báo tổ chức lễ hội', 'đăng ký hoạt động thư viện cơ sở', 'công nhận câu lạc bộ thể thao cơ sở'],
  'Người có công': ['giải quyết chế độ trợ cấp thờ cúng liệt sĩ', 'hưởng mai táng phí, trợ cấp một lần khi người có công từ trần', 'xác nhận thân nhân liệt sĩ', 'cấp giấy giới thiệu đi thăm viếng mộ liệt sĩ', 'hỗ trợ cải thiện nhà ở cho người có công'],
  'Hòa giải cơ sở': ['công nhận hòa giải viên', 'thôi làm hòa giải viên', 'công nhận tổ trưởng tổ hòa giải', 'thanh toán thù lao cho hòa giải viên', 'hỗ trợ hòa giải viên gặp tai nạn khi thực hiện hoạt động hòa giải'],
  'Nuôi con nuôi': ['đăng ký việc nuôi con nuôi trong nước', 'đăng ký lại việc nuôi con nuôi trong nước', 'xác nhận trẻ em đủ điều kiện làm con nuôi', 'giải quyết việc người nước ngoài cư trú ở khu vực biên giới nhận trẻ em làm con nuôi'],
  'Thi đua – Khen thưởng': ['tặng giấy khen của Chủ tịch UBND cấp xã', 'tặng giấy khen về thành tích thi đua theo đợt, chuyên đề', 'tặng danh hiệu Lao động tiên tiến', 'tặng giấy khen cho gia đình'],
  'Tôn giáo': ['thông báo danh mục hoạt động tôn giáo', 'đăng ký sinh hoạt tôn giáo tập trung', 'thông báo tổ chức quyên góp', 'đề nghị sinh hoạt tôn giáo tập trung của người nước ngoài'],
  'Giáo dục và Đào tạo': ['cho phép nhóm trẻ, lớp mẫu giáo độc lập hoạt động giáo dục', 'sáp nhập, chia, tách nhóm trẻ độc lập', 'giải thể nhóm trẻ, lớp mẫu giáo độc lập', 'thành lập trung tâm học tập cộng đồng'],
  'Môi trường': ['tham vấn báo cáo đánh giá tác động môi trường', 'xác nhận kế hoạch bảo vệ môi trường', 'đăng ký môi trường', 'tiếp nhận phản ánh về ô nhiễm môi trường'],
};
export const PROCEDURE_QUALIFIERS = [
  '', 'có yếu tố nước ngoài', 'lưu động', 'cho người đã có hồ sơ, giấy tờ cá nhân', 'trên môi trường điện tử', 'theo thủ tục rút gọn',
  'trường hợp cần xác minh', 'cho trẻ em bị bỏ rơi', 'kết hợp với thủ tục liên thông', 'tại khu vực biên giới', 'cho người cao tuổi, người khuyết tật',
  'đối với người đang cư trú ở nước ngoài', 'đối với trường hợp đặc biệt', 'thực hiện qua dịch vụ bưu chính công ích',
];
export const PROCEDURE_STEPS = [
  ['Chuẩn bị hồ sơ', 'Người yêu cầu chuẩn bị đầy đủ hồ sơ theo quy định; có thể tải mẫu đơn, tờ khai trên Cổng Dịch vụ công quốc gia.'],
  ['Nộp hồ sơ', 'Người yêu cầu nộp hồ sơ trực tiếp tại Bộ phận tiếp nhận và trả kết quả, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công.'],
  ['Tiếp nhận hồ sơ', 'Công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ sơ; nếu chưa đầy đủ thì hướng dẫn người yêu cầu bổ sung, hoàn thiện một lần bằng văn bản.'],
  ['Thẩm định, xác minh', 'Công chức chuyên môn thẩm định hồ sơ; trường hợp cần xác minh thì tiến hành xác minh và lập biên bản theo quy định.'],
  ['Trình ký', 'Công chức chuyên môn báo cáo, trình Chủ tịch Ủy ban nhân dân phường xem xét, ký kết quả giải quyết.'],
  ['Trả kết quả', 'Trả kết quả tại Bộ phận tiếp nhận và trả kết quả, qua dịch vụ bưu chính hoặc vào tài khoản dịch vụ công của người yêu cầu.'],
];
export const DOSSIER_COMPONENTS = [
  'Tờ khai theo mẫu quy định', 'Giấy tờ tùy thân của người yêu cầu (căn cước hoặc hộ chiếu)', 'Văn bản ủy quyền có chứng thực (trường hợp ủy quyền)',
  'Giấy tờ chứng minh nơi cư trú', 'Bản sao giấy tờ làm căn cứ đề nghị', 'Biên bản xác minh của cơ quan có thẩm quyền (nếu có)',
  'Giấy chứng nhận quyền sử dụng đất (bản sao)', 'Đơn đề nghị có xác nhận của tổ trưởng tổ dân phố', 'Sơ yếu lý lịch có xác nhận', 'Giấy khám sức khỏe',
];
export const TIME_LIMITS = [
  'Ngay trong ngày tiếp nhận hồ sơ', '03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', '05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ',
  '10 ngày làm việc', '15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ', '30 ngày; trường hợp phức tạp không quá 45 ngày',
];
export const FEES = ['Không', 'Miễn lệ phí', '8.000 đồng/bản', '10.000 đồng/trường hợp', '50.000 đồng/việc', 'Theo quy định của HĐND thành phố'];
export const RESULTS = ['Giấy chứng nhận (bản chính)', 'Trích lục (bản chính)', 'Quyết định của Chủ tịch UBND phường', 'Văn bản xác nhận', 'Giấy khen', 'Thông báo kết quả giải quyết'];

// Questions people ask the ward.
export const QUESTION_TOPICS: Array<[string, string]> = [
  ['Đăng ký khai sinh cho con khi bố mẹ đang ở nước ngoài', 'Tôi đang làm việc ở nước ngoài, vợ tôi sinh con ở Hà Nội. Vợ tôi có thể tự đăng ký khai sinh cho con tại phường không, cần những giấy tờ gì?'],
  ['Chứng thực bản sao giấy tờ bằng tiếng nước ngoài', 'Phường có chứng thực bản sao bằng tốt nghiệp do trường nước ngoài cấp không? Nếu không thì tôi phải đến đâu?'],
  ['Thời hạn giải quyết hồ sơ xác nhận tình trạng hôn nhân', 'Tôi nộp hồ sơ xác nhận tình trạng hôn nhân trực tuyến đã năm ngày mà chưa có kết quả. Xin hỏi thời hạn giải quyết theo quy định là bao lâu?'],
  ['Mức đóng góp xây dựng nhà văn hóa tổ dân phố', 'Tổ dân phố chúng tôi thu mỗi hộ năm trăm nghìn đồng để sửa nhà văn hóa. Khoản thu này có bắt buộc không và ai quyết định mức thu?'],
  ['Trợ cấp cho người cao tuổi từ 75 tuổi', 'Mẹ tôi năm nay 76 tuổi, không có lương hưu. Gia đình cần làm thủ tục gì để mẹ tôi được hưởng trợ cấp xã hội hằng tháng?'],
  ['Xây dựng lấn chiếm vỉa hè trong ngõ', 'Một hộ gia đình trong ngõ xây bậc tam cấp lấn ra lối đi chung, gây khó khăn cho việc đi lại. Phường có biện pháp gì xử lý?'],
  ['Đăng ký tạm trú cho sinh viên thuê trọ', 'Tôi cho ba sinh viên thuê phòng trọ. Chủ nhà có trách nhiệm đăng ký tạm trú cho sinh viên không, và làm ở đâu?'],
  ['Xác nhận hộ cận nghèo để con được miễn học phí', 'Gia đình tôi có hoàn cảnh khó khăn, muốn được công nhận hộ cận nghèo để con được miễn, giảm học phí. Xin hướng dẫn thủ tục.'],
  ['Tiếng ồn từ quán karaoke sau 22 giờ', 'Quán karaoke ở đầu ngõ thường xuyên hát đến nửa đêm, ảnh hưởng đến giấc ngủ của người dân. Đề nghị phường kiểm tra, xử lý.'],
  ['Cấp lại giấy khai sinh bị mất', 'Tôi làm mất bản chính giấy khai sinh. Tôi có thể xin cấp bản sao trích lục khai sinh ở phường nơi tôi đang cư trú không?'],
  ['Thu gom rác thải cồng kềnh', 'Gia đình tôi có tủ gỗ và đệm cũ cần bỏ. Phường có lịch thu gom rác thải cồng kềnh không và có mất phí không?'],
  ['Đăng ký nghĩa vụ quân sự lần đầu', 'Con trai tôi vừa đủ 17 tuổi. Cháu cần đăng ký nghĩa vụ quân sự lần đầu vào thời gian nào, ở đâu?'],
];
