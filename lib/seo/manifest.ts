import type { MetadataRoute } from 'next';
import { paths, siteConfig } from '@/lib/config/site';

/**
 * The web app manifest (served by app/manifest.ts at /manifest.webmanifest).
 * The icons are made by scripts/make-icons.mjs: /icon.png is app/icon.png,
 * the others are files in public/icons.
 */
export function webAppManifest(): MetadataRoute.Manifest {
  return {
    name: siteConfig.name,
    short_name: siteConfig.name,
    description: 'Tin tức, thời sự, kinh tế, văn hóa, xã hội của tỉnh, cập nhật hằng ngày.',
    lang: siteConfig.language,
    dir: 'ltr',
    start_url: paths.home(),
    scope: paths.home(),
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: siteConfig.themeColor,
    categories: ['news'],
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icon.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
