import { html, type SafeHtml } from '../../../lib/html';
import { SITE_NAV } from '../../../lib/site-nav';
import type { PageSite } from '../site';

/**
 * The public site's frame (header, menu, footer, its stylesheet) around a page the CMS renders for a
 * browser without JavaScript, so that it reads as one site.
 */
export function layout(site: PageSite, title: string, main: SafeHtml): string {
  return html`<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title} – ${site.siteTitle || site.wardName}</title>
<link rel="stylesheet" href="${site.url}/assets/site.css">
</head>
<body>
<a class="skip" href="#noi-dung">Bỏ qua, đến nội dung chính</a>
<header class="site-header">
  <a class="brand" href="${site.url}/">
    <img src="${site.emblemUrl}" alt="" width="64" height="64">
    <span><span class="brand-over">${site.siteTitle}</span><span class="brand-name">${site.wardName}</span></span>
  </a>
</header>
<nav class="site-nav" aria-label="Trình đơn chính">
  <ul>${SITE_NAV.map((item) => html`<li><a href="${site.url}${item.url}">${item.label}</a></li>`)}</ul>
</nav>
<main id="noi-dung">
${main}
</main>
<footer class="site-footer">
  <p class="footer-name">${site.siteTitle} – ${site.wardName}</p>
  <p>Địa chỉ: ${site.address}</p>
  <p>Điện thoại: <a href="tel:${site.phone.replace(/\s/g, '')}">${site.phone}</a> · Thư điện tử: <a href="mailto:${site.email}">${site.email}</a></p>
  <p>${site.personResponsibleTitle}: ${site.personResponsible}</p>
</footer>
</body>
</html>
`.value;
}

/** A message box for a refusal, read out at once by screen readers. */
export const problem = (message: string | null | undefined): SafeHtml => html`${message ? html`<div class="errors" role="alert"><p>${message}</p></div>` : ''}`;
