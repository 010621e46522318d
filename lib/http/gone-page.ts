/**
 * The 410 page of a taken-down article, answered by proxy.ts itself: Next 16
 * cannot give a page any status but 200/404 (a rewrite drops the status), so
 * this is a small self-contained HTML page (inline styles, no script).
 */
import { paths, siteConfig } from '@/lib/config/site';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export const GONE_TITLE = 'Bài viết này đã được gỡ xuống';

/** The page's HTML: the site's name, the notice, the way home and to search. */
export function goneHtml(): string {
  const brand = siteConfig.themeColor;
  const name = escapeHtml(siteConfig.name);
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta name="theme-color" content="${brand}">
<title>${GONE_TITLE} | ${name}</title>
<link rel="icon" href="/favicon.ico" sizes="any">
<style>
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1c1917;background:#fff;line-height:1.6}
header{border-bottom:4px solid ${brand};padding:12px 16px}
header a{color:${brand};font-family:Georgia,"Times New Roman",serif;font-size:1.75rem;font-weight:700;text-decoration:none}
main{max-width:36rem;margin:0 auto;padding:48px 16px;text-align:center}
.code{font-size:3.5rem;font-weight:700;color:${brand};margin:0}
h1{font-family:Georgia,"Times New Roman",serif;font-size:1.5rem;margin:16px 0 8px}
main a{display:inline-block;margin:8px;padding:10px 16px;min-height:24px;color:#1e40af;font-weight:600}
</style>
</head>
<body>
<header><a href="${paths.home()}">${name}</a></header>
<main>
<p class="code" aria-hidden="true">410</p>
<h1>${GONE_TITLE}</h1>
<p>Tòa soạn đã gỡ bài viết bạn tìm. Đường dẫn này sẽ không còn hoạt động.</p>
<p><a href="${paths.home()}">Về trang chủ</a><a href="${paths.search()}">Tìm bài viết khác</a></p>
</main>
</body>
</html>
`;
}
