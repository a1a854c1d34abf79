/** One demo account per workflow role, so the admin panel shows the review chain at once. */
export const DEMO_UNIT = 'Các tổ dân phố';
export const OFFICE_UNIT = 'Văn phòng HĐND – UBND phường';

export const DEMO_STAFF = [
  { key: 'contributor', email: 'congtacvien@phulam.demo', firstname: 'Lan', lastname: 'Nguyễn Thị', role: 'ew-contributor', memberOf: DEMO_UNIT },
  { key: 'unitHead', email: 'truongdonvi@phulam.demo', firstname: 'Hùng', lastname: 'Trần Văn', role: 'ew-unit-head', headOf: DEMO_UNIT },
  { key: 'board', email: 'bantbientap@phulam.demo', firstname: 'Minh', lastname: 'Lê Quang', role: 'ew-board' },
  { key: 'board2', email: 'bienvien@phulam.demo', firstname: 'Hà', lastname: 'Phạm Thu', role: 'ew-board' },
  { key: 'propaganda', email: 'tuyengiao@phulam.demo', firstname: 'Sơn', lastname: 'Đỗ Ngọc', role: 'ew-propaganda' },
  { key: 'publisher', email: 'vhtt@phulam.demo', firstname: 'Mai', lastname: 'Vũ Thị', role: 'ew-publisher' },
  { key: 'oneStop', email: 'motcua@phulam.demo', firstname: 'Tuấn', lastname: 'Hoàng Anh', role: 'ew-one-stop' },
  { key: 'office', email: 'vanphong@phulam.demo', firstname: 'Thảo', lastname: 'Bùi Phương', role: 'ew-office' },
  { key: 'officeHead', email: 'chanhvanphong@phulam.demo', firstname: 'Long', lastname: 'Ngô Đức', role: 'ew-unit-head', headOf: OFFICE_UNIT },
] as const;

export type StaffKey = (typeof DEMO_STAFF)[number]['key'];

type Step = { by: StaffKey; transition: string; reasonCode?: string; reasonText?: string };

const submitted: Step[] = [{ by: 'contributor', transition: 'submit' }];
const unitApproved: Step[] = [...submitted, { by: 'unitHead', transition: 'unit_approve' }];
const approved: Step[] = [...unitApproved, { by: 'board', transition: 'board_approve' }];

/** Demo news items, one in each state of the news workflow, with the steps that bring them there. */
export const DEMO_ITEMS: Array<{ title: string; isOrientation?: boolean; steps: Step[] }> = [
  { title: 'Tổ dân phố số 5 ra quân dọn vệ sinh ngõ xóm', steps: [] },
  { title: 'Tổ dân phố số 2 tổ chức hội nghị nhân dân đầu năm', steps: submitted },
  { title: 'Tổ dân phố số 7 trao quà cho hộ gia đình khó khăn', steps: unitApproved },
  {
    title: 'Các tổ dân phố quán triệt chủ trương xây dựng khu dân cư kiểu mẫu',
    isOrientation: true,
    steps: [...unitApproved, { by: 'board', transition: 'board_approve' }],
  },
  { title: 'Tổ dân phố số 3 khánh thành nhà văn hóa mới', steps: approved },
  {
    title: 'Tổ dân phố số 9 tổng kết phong trào khuyến học',
    steps: [...unitApproved, { by: 'board', transition: 'return', reasonCode: 'R03', reasonText: 'Tiêu đề và đoạn đầu còn lỗi chính tả, cần sửa lại' }],
  },
  {
    title: 'Tổ dân phố số 4 họp bàn việc riêng của chi hội',
    steps: [...submitted, { by: 'board', transition: 'reject', reasonCode: 'R08', reasonText: 'Nội dung không thuộc phạm vi đăng trên Trang thông tin điện tử' }],
  },
  {
    title: 'Tổ dân phố số 1 phát động phong trào trồng cây xanh',
    steps: [...approved, { by: 'publisher', transition: 'publish' }],
  },
];

export const DEMO_BODY = [
  'Sáng nay, tổ dân phố phối hợp với chi hội phụ nữ, chi đoàn thanh niên và ban công tác mặt trận tổ chức hoạt động với sự tham gia đông đảo của nhân dân trong tổ.',
  'Tại buổi hoạt động, tổ trưởng tổ dân phố đã quán triệt mục đích, ý nghĩa và phân công nhiệm vụ cụ thể cho từng nhóm hộ gia đình, đồng thời đề nghị các hộ tiếp tục giữ gìn vệ sinh chung, chấp hành tốt các quy định của địa phương.',
  'Hoạt động diễn ra trong không khí phấn khởi, đoàn kết; nhiều ý kiến của người dân đã được ghi nhận để tổ dân phố tổng hợp, báo cáo Ủy ban nhân dân phường xem xét, giải quyết trong thời gian tới.',
  'Kết thúc buổi hoạt động, tổ dân phố biểu dương các hộ gia đình tích cực và đề ra kế hoạch duy trì thường xuyên, góp phần xây dựng khu dân cư văn minh, sạch đẹp.',
];
