/** The public site's main menu: its own pages and the CMS's pages for browsers without JavaScript show the same. */
export const SITE_NAV: Array<{ url: string; label: string }> = [
  { url: '/', label: 'Trang chủ' },
  { url: '/gioi-thieu/', label: 'Giới thiệu' },
  { url: '/chuyen-muc/', label: 'Tin tức' },
  { url: '/lich-cong-tac/', label: 'Lịch công tác' },
  { url: '/thu-tuc-hanh-chinh/', label: 'Thủ tục hành chính' },
  { url: '/ket-qua-giai-quyet/', label: 'Kết quả giải quyết' },
  { url: '/van-ban/', label: 'Văn bản' },
  { url: '/cong-khai/', label: 'Công khai' },
  { url: '/tiep-can-thong-tin/', label: 'Tiếp cận thông tin' },
  { url: '/hoi-dap/', label: 'Hỏi đáp' },
  { url: '/lien-he/', label: 'Liên hệ' },
  { url: '/so-do-trang/', label: 'Sơ đồ trang' },
];
