/**
 * The video links a body's <Video src> may name: YouTube and Facebook only
 * (issue 11), https, on their own hosts. Everything else is refused at save
 * and pruned at render. The embed is youtube-nocookie.com or Facebook's video
 * plugin, the only frame hosts the CSP allows (VIDEO_FRAME_ORIGINS, lib/http/csp-policy.mjs).
 */
export type VideoLink = { provider: 'youtube'; id: string; url: string } | { provider: 'facebook'; url: string };

export const VIDEO_HOSTS = ['youtube.com', 'www.youtube.com', 'm.youtube.com', 'youtu.be', 'facebook.com', 'www.facebook.com', 'm.facebook.com', 'fb.watch'] as const;

const YT_ID = /^[A-Za-z0-9_-]{11}$/;

function youtubeId(u: URL): string | null {
  if (u.hostname === 'youtu.be') return u.pathname.split('/')[1] ?? null;
  if (u.pathname === '/watch') return u.searchParams.get('v');
  const m = /^\/(?:shorts|embed|live)\/([^/]+)\/?$/.exec(u.pathname);
  return m ? m[1]! : null;
}

function isFacebookVideo(u: URL): boolean {
  if (u.hostname === 'fb.watch') return /^\/[A-Za-z0-9_-]+\/?$/.test(u.pathname);
  if (u.pathname === '/watch' || u.pathname === '/watch/') return /^\d+$/.test(u.searchParams.get('v') ?? '');
  return /^\/(?:[A-Za-z0-9.]+\/videos\/(?:[^/]+\/)?\d+|reel\/\d+)\/?$/.test(u.pathname);
}

/** A YouTube or Facebook video link, or null for anything else (another host, a channel page, http:). */
export function parseVideoUrl(raw: string): VideoLink | null {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' || u.username || u.password || u.port) return null;
  const host = u.hostname.toLowerCase();
  if (!(VIDEO_HOSTS as readonly string[]).includes(host)) return null;
  if (host.includes('youtu')) {
    const id = youtubeId(u);
    return id && YT_ID.test(id) ? { provider: 'youtube', id, url: `https://www.youtube.com/watch?v=${id}` } : null;
  }
  return isFacebookVideo(u) ? { provider: 'facebook', url: u.toString() } : null;
}

/** The iframe address, loaded only after the reader clicks (so it may start at once). */
export function videoEmbedUrl(v: VideoLink): string {
  if (v.provider === 'youtube') return `https://www.youtube-nocookie.com/embed/${v.id}?autoplay=1&rel=0`;
  return `https://www.facebook.com/plugins/video.php?href=${encodeURIComponent(v.url)}&show_text=false&autoplay=true`;
}

export const providerName = (v: VideoLink) => (v.provider === 'youtube' ? 'YouTube' : 'Facebook');
