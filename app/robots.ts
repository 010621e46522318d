import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/config/site';

// SITE_URL is read when the portal runs, not when it is built.
export const dynamic = 'force-dynamic';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/editor', '/api/', '/dang-nhap'] }],
    sitemap: [absoluteUrl('/sitemap.xml'), absoluteUrl('/news-sitemap.xml')],
  };
}
