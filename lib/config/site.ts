/**
 * The one typed site configuration. Every constant about the site (its name,
 * sections, page size, cache lifetimes) is defined here and nowhere else.
 */
export type Section = {
  /** URL slug of the section: /chuyen-muc/{slug} */
  slug: string;
  /** Name as readers see it. */
  name: string;
  description: string;
};

export const sections = [
  { slug: 'thoi-su', name: 'Thời sự', description: 'Tin tức thời sự trong tỉnh và cả nước.' },
  { slug: 'quoc-phong-an-ninh', name: 'Quốc phòng – An ninh', description: 'Quốc phòng, an ninh, trật tự an toàn xã hội.' },
  { slug: 'kinh-te', name: 'Kinh tế', description: 'Kinh tế, đầu tư, nông nghiệp, du lịch.' },
  { slug: 'xa-hoi', name: 'Xã hội', description: 'Giáo dục, y tế, lao động, đời sống.' },
  { slug: 'van-hoa', name: 'Văn hóa', description: 'Văn hóa, văn nghệ, di sản, thể thao.' },
  { slug: 'dich-vu', name: 'Dịch vụ bạn đọc', description: 'Thông tin phục vụ bạn đọc: lịch làm việc, thời tiết, hướng dẫn.' },
] as const satisfies readonly Section[];

export type SectionSlug = (typeof sections)[number]['slug'];
export const sectionSlugs = sections.map((s) => s.slug) as [SectionSlug, ...SectionSlug[]];

export const siteConfig = {
  name: 'Bản tin',
  shortName: 'Bản tin',
  description: 'Bản tin — tin tức, thời sự, chính trị, kinh tế, văn hóa, xã hội của tỉnh.',
  publisher: 'Báo Bản tin',
  locale: 'vi_VN',
  language: 'vi',
  timeZone: 'Asia/Ho_Chi_Minh',
  /** Articles per listing page (section, tag, author, search). */
  pageSize: 10,
  /** Latest-news block on the home page. */
  homeLatest: 8,
  /** Articles per section block on the home page. */
  homeSectionBlock: 4,
  /** Seconds a cached public page may be served before a background refresh (publishes refresh at once by tag). */
  revalidateSeconds: 300,
  /** Google News sitemap window. */
  newsSitemapHours: 48,
  feedItems: 50,
  sections,
} as const;

export function getSection(slug: string): Section | undefined {
  return sections.find((s) => s.slug === slug);
}

export function sectionName(slug: string): string {
  return getSection(slug)?.name ?? slug;
}

/** Canonical origin for links, feeds and sitemaps, from SITE_URL. No trailing slash. */
export function siteUrl(): string {
  const port = process.env.PORT || '3000';
  const raw = process.env.SITE_URL || `http://localhost:${port}`;
  return raw.replace(/\/+$/, '');
}

export function absoluteUrl(path: string): string {
  return `${siteUrl()}${path.startsWith('/') ? path : `/${path}`}`;
}

/** The public addresses, built in one place. */
export const paths = {
  home: () => '/',
  article: (slug: string) => `/bai/${slug}`,
  section: (slug: string, page = 1) => (page > 1 ? `/chuyen-muc/${slug}/trang/${page}` : `/chuyen-muc/${slug}`),
  tag: (slug: string, page = 1) => (page > 1 ? `/the/${slug}/trang/${page}` : `/the/${slug}`),
  author: (slug: string, page = 1) => (page > 1 ? `/tac-gia/${slug}/trang/${page}` : `/tac-gia/${slug}`),
  search: (q?: string) => (q ? `/tim-kiem?q=${encodeURIComponent(q)}` : '/tim-kiem'),
  feed: () => '/rss.xml',
  sectionFeed: (slug: string) => `/chuyen-muc/${slug}/rss.xml`,
  media: (key: string) => `/media/${key}`,
} as const;

/** Addresses of sign-in and the editor area. */
export const authPaths = {
  signIn: '/dang-nhap',
  /** The sign-in address that brings the person back to `callbackUrl` (a path of this site). */
  signInFor: (callbackUrl: string) => `/dang-nhap?callbackUrl=${encodeURIComponent(callbackUrl)}`,
  editor: '/editor',
  media: '/editor/anh',
  users: '/editor/nguoi-dung',
  audit: '/editor/nhat-ky',
  account: '/editor/tai-khoan',
} as const;
