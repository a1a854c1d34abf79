import { escapeHtml } from '../../../src/lib/html';

/** The page shown instead of a preview: why, in Vietnamese, and what to do. Standalone: it needs no CMS data. */
export function errorPage(message: string): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Không xem trước được</title>
<link rel="stylesheet" href="/assets/site.css">
</head>
<body>
<p class="preview-banner"><strong>Bản xem trước — chưa đăng</strong></p>
<main id="noi-dung">
<h1>Không xem trước được</h1>
<p>${escapeHtml(message)}</p>
<p>Trong trang quản trị, mở lại mục và bấm "Xem trước" để có liên kết mới.</p>
</main>
</body>
</html>
`;
}
