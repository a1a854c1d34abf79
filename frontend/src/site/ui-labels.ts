import { SITE_NAV } from '../../../src/lib/site-nav';
import type { Locale } from './i18n';
import { PATHS } from './i18n';

/** The words of the pages every language shares (layout, news, contact): one table a language. */
export interface UiLabels {
  skipLink: string;
  navLabel: string;
  languageLabel: string;
  /** The header's search box; null where the language has no search page. */
  search: { label: string; button: string; url: string } | null;
  footer: {
    address: string;
    phone: string;
    email: string;
    responsible: string;
    nationalPortal: string;
    provincialPortal: string;
    /** The site map page's link; null where the language has none. */
    siteMap: { label: string; url: string } | null;
  };
  news: {
    latest: string;
    allCategories: string;
    categoriesTitle: string;
    postedOn: string;
    eventTime: string;
    eventPlace: string;
    video: string;
    /** Under an uploaded video: the link for browsers that cannot play it, the transcript's heading. */
    videoDownload: string;
    videoTranscript: string;
    /** After a video link: where it leads (the page embeds no player). */
    videoOn: (host: string) => string;
    keywords: string;
    noArticles: string;
    /** The category page's RSS link; null where the language has no feeds. */
    rss: string | null;
    count: (n: number) => string;
  };
  pager: { label: string; prev: string; next: string; page: string };
  contact: { title: string; office: string; address: string; phone: string; email: string; ask: string | null; askLink: string | null };
}

export const UI_LABELS: Record<Locale, UiLabels> = {
  vi: {
    skipLink: 'Bỏ qua, đến nội dung chính',
    navLabel: 'Trình đơn chính',
    languageLabel: 'Ngôn ngữ',
    search: { label: 'Tìm kiếm', button: 'Tìm', url: '/tim-kiem/' },
    footer: {
      address: 'Địa chỉ', phone: 'Điện thoại', email: 'Thư điện tử', responsible: 'Chịu trách nhiệm nội dung',
      nationalPortal: 'Cổng Dịch vụ công quốc gia', provincialPortal: 'Cổng thông tin điện tử thành phố',
      siteMap: { label: 'Sơ đồ trang', url: '/so-do-trang/' },
    },
    news: {
      latest: 'Tin mới', allCategories: 'Tất cả chuyên mục tin', categoriesTitle: 'Tin tức theo chuyên mục', postedOn: 'Đăng ngày',
      eventTime: 'Thời gian', eventPlace: 'Địa điểm', video: 'Xem video', keywords: 'Từ khóa',
      videoDownload: 'Tải video về máy', videoTranscript: 'Lời thoại của video', videoOn: (host) => `trên ${host} (mở trang bên ngoài)`, noArticles: 'Chưa có tin.',
      rss: 'Nhận tin chuyên mục qua RSS', count: (n) => `${n} tin`,
    },
    pager: { label: 'Phân trang', prev: 'Trang trước', next: 'Trang sau', page: 'trang' },
    contact: {
      title: 'Liên hệ', office: 'Cơ quan', address: 'Địa chỉ', phone: 'Điện thoại', email: 'Thư điện tử',
      ask: 'Gửi câu hỏi, kiến nghị:', askLink: 'biểu mẫu hỏi đáp',
    },
  },
  en: {
    skipLink: 'Skip to the main content',
    navLabel: 'Main menu',
    languageLabel: 'Language',
    search: null,
    footer: {
      address: 'Address', phone: 'Phone', email: 'E-mail', responsible: 'Responsible for content',
      nationalPortal: 'National Public Service Portal', provincialPortal: 'City public service portal', siteMap: null,
    },
    news: {
      latest: 'Latest news', allCategories: 'All news categories', categoriesTitle: 'News by category', postedOn: 'Published',
      eventTime: 'Date', eventPlace: 'Place', video: 'Watch the video', keywords: 'Keywords',
      videoDownload: 'Download the video', videoTranscript: 'Transcript', videoOn: (host) => `on ${host} (opens another site)`, noArticles: 'No news in English yet.',
      rss: null, count: (n) => `${n} ${n === 1 ? 'item' : 'items'}`,
    },
    pager: { label: 'Pages', prev: 'Previous page', next: 'Next page', page: 'page' },
    // Questions are answered in Vietnamese only: the English contact page names the office, not the form.
    contact: { title: 'Contact', office: 'Office', address: 'Address', phone: 'Phone', email: 'E-mail', ask: null, askLink: null },
  },
};

/** Each language's main menu: Vietnamese is the CMS's own (src/lib/site-nav.ts); others list the pages they have. */
export const NAV: Record<Locale, Array<{ url: string; label: string }>> = {
  vi: SITE_NAV,
  en: [
    { url: PATHS.en.home, label: 'Home' },
    // Shown only once the CMS holds the organisation in English (the model drops it otherwise).
    { url: PATHS.en.about, label: 'About' },
    { url: PATHS.en.categories, label: 'News' },
    { url: PATHS.en.contact, label: 'Contact' },
  ],
};
