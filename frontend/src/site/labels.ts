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
