import type { MetadataRoute } from 'next';
import { authPaths, paths } from '@/lib/config/site';
import { absoluteUrl } from '@/lib/config/site-url';

// SITE_URL is read when the portal runs, not when it is built.
export const dynamic = 'force-dynamic';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: [authPaths.editor, '/api/', authPaths.signIn] }],
    sitemap: [absoluteUrl(paths.sitemap()), absoluteUrl('/news-sitemap.xml')],
  };
}
