
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

/**
 * The initial sections, seeded into the database by migration 820-sections.
 * Sections are data an admin manages (lib/sections, /editor/chuyen-muc): pages
 * read the stored list, never this one; only the build-time content check
 * (no database there) and the seed use it.
 */
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
  description: 'Bản tin — tin tức, thời sự, chính trị, kinh tế, văn hóa, xã hội của tỉnh.',
  publisher: 'Báo Bản tin',
  locale: 'vi_VN',
  language: 'vi',
  /** The brand red (globals.css --color-brand): the browser bar, the web app manifest, the icons. */
  themeColor: '#9f1239',
  /** Articles per listing page (section, tag, author, search). */
  pageSize: 10,
  /** Latest-news block on the home page. */
  homeLatest: 8,
  /** Featured stories under the lead on the home page (pinned first, then the newest). */
  homeFeatured: 4,
  /** Longest breaking-news banner line, in characters: one line on a phone. */
  breakingMaxChars: 120,
  /** Articles per section block on the home page. */
  homeSectionBlock: 4,
  /** Seconds a cached public page may be served before a background refresh (publishes refresh at once by tag). */
  revalidateSeconds: 300,
  /** Google News sitemap window. */
  newsSitemapHours: 48,
  /** URLs per sitemap file, the protocol's maximum: past it /sitemap.xml is an index of /sitemap/N.xml parts. */
  sitemapMaxUrls: 50_000,
  feedItems: 50,
  sections,
} as const;

/** The initial section of this slug (build-time and tests only; pages read lib/sections). */
export function getSection(slug: string): Section | undefined {
  return sections.find((s) => s.slug === slug);
}

export function sectionName(slug: string): string {
  return getSection(slug)?.name ?? slug;
}

/** The public addresses, built in one place. */
export const paths = {
  home: () => '/',
  article: (slug: string) => `/bai/${slug}`,
  /** The live coverage's JSON, polled by the article page (lib/live). */
  articleLive: (slug: string) => `/api/v1/articles/${slug}/live`,
  section: (slug: string, page = 1) => (page > 1 ? `/chuyen-muc/${slug}/trang/${page}` : `/chuyen-muc/${slug}`),
  tag: (slug: string, page = 1) => (page > 1 ? `/the/${slug}/trang/${page}` : `/the/${slug}`),
  author: (slug: string, page = 1) => (page > 1 ? `/tac-gia/${slug}/trang/${page}` : `/tac-gia/${slug}`),
  search: (q?: string) => (q ? `/tim-kiem?q=${encodeURIComponent(q)}` : '/tim-kiem'),
  feed: () => '/rss.xml',
  sitemap: () => '/sitemap.xml',
  /** One part of a sitemap split past siteConfig.sitemapMaxUrls (lib/feeds/sitemap-parts.ts). */
  sitemapPart: (n: number) => `/sitemap/${n}.xml`,
  sectionFeed: (slug: string) => `/chuyen-muc/${slug}/rss.xml`,
  media: (key: string) => `/media/${key}`,
} as const;

/**
 * Photos: what the upload pipeline accepts and what it makes. Every photo, from
 * an upload or from content/media, is re-encoded into `widths` (never upscaled:
 * a narrower photo gets its own width in the larger slots) in each of `formats`.
 */
export const mediaConfig = {
  /** Largest upload accepted, in bytes. */
  maxBytes: 25 * 1024 * 1024,
  /** Largest image accepted, in pixels (width × height); also sharp's limitInputPixels. */
  maxPixels: 50_000_000,
  /** Variant widths ("slots"); the last is the largest a reader ever gets. */
  widths: [480, 960, 1600] as const,
  /** Best first: the order of <source> elements. */
  formats: ['avif', 'webp'] as const,
  /** The format of <img src> and of single-URL uses (OpenGraph, feeds): every browser since 2020 reads it. */
  fallbackFormat: 'webp' as const,
  quality: { webp: 78, avif: 52 },
  /** Encoder effort: AVIF at 2 (of 0–9) is ~3× faster than the default 4 for a few % more bytes (see bench/README.md). */
  effort: { webp: 4, avif: 2 },
  /** Width of the blurred placeholder (a data: URL inlined in the page). */
  blurWidth: 16,
  /** Files per upload request (the editor sends one per request, for a progress bar each). */
  maxFilesPerRequest: 20,
  /** Photos re-encoded at once per process (each 24 MP photo needs ~125 MB while it is processed); more wait their turn. */
  maxConcurrentProcessing: 2,
  /** Largest upload request body, in bytes; a larger one is refused before it is read. */
  maxRequestBytes: 100 * 1024 * 1024,
} as const;
export type MediaFormat = (typeof mediaConfig.formats)[number];
export type MediaSlot = (typeof mediaConfig.widths)[number];

/** Addresses of sign-in and the editor area. */
export const authPaths = {
  signIn: '/dang-nhap',
  /** The sign-in address that brings the person back to `callbackUrl` (a path of this site). */
  signInFor: (callbackUrl: string) => `/dang-nhap?callbackUrl=${encodeURIComponent(callbackUrl)}`,
  editor: '/editor',
  media: '/editor/anh',
  users: '/editor/nguoi-dung',
  audit: '/editor/nhat-ky',
  frontPage: '/editor/trang-nhat',
  sections: '/editor/chuyen-muc',
  account: '/editor/tai-khoan',
  twoStep: '/editor/tai-khoan/xac-thuc-hai-buoc',
} as const;

/** Addresses of the editor's article pages. */
export const editorPaths = {
  dashboard: (query?: Record<string, string | number | undefined>) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined && v !== '') params.set(k, String(v));
    const qs = params.toString();
    return qs ? `/editor?${qs}` : '/editor';
  },
  newArticle: '/editor/bai/moi',
  article: (id: string) => `/editor/bai/${encodeURIComponent(id)}`,
  history: (id: string) => `/editor/bai/${encodeURIComponent(id)}/lich-su`,
  live: (id: string) => `/editor/bai/${encodeURIComponent(id)}/truc-tiep`,
  restore: (id: string, revisionId: string) => `/editor/bai/${encodeURIComponent(id)}/lich-su/${encodeURIComponent(revisionId)}`,
  autosave: '/api/editor/autosave',
  presence: '/api/editor/presence',
} as const;

/** The editor workflow's timings and sizes. */
export const editorConfig = {
  /** Articles per dashboard page. */
  pageSize: 20,
  /** Autosave after this long without typing. */
  autosaveDelayMs: 3000,
  /** Preview re-renders after this long without typing. */
  previewDelayMs: 600,
  /** A run of autosaves by one person within this window updates one revision instead of adding one each time. */
  autosaveRevisionWindowMs: 10 * 60_000,
  /** An open editor tab says "still here" this often (lib/articles/presence.ts)… */
  presenceHeartbeatMs: 15_000,
  /** …and holds the article for nobody once it has been silent this long (three missed beats). */
  presenceStaleMs: 45_000,
} as const;
