/** What a citizen reads for the states of a question and of a dossier: the site's script and the CMS's pages say the same. */
export const QUESTION_STATUS_LABELS: Record<string, string> = {
  received: 'Đã tiếp nhận', assigned: 'Đang xử lý', answered: 'Đã trả lời, đang chờ công bố', published: 'Đã trả lời', closed: 'Đã đóng',
};

export const DOSSIER_STATUS_LABELS: Record<string, string> = {
  dang_xu_ly: 'Đang xử lý', da_giai_quyet: 'Đã giải quyết', tra_lai: 'Trả lại', rut_ho_so: 'Rút hồ sơ',
};
