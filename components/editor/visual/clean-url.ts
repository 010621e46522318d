/**
 * A pasted link without what trackers add: Google's and Facebook's redirect wrappers
 * are unwrapped and campaign parameters (utm_*, fbclid, gclid…) dropped, so a body
 * links to the page itself. Pure, so it is unit-tested (clean-url.test.ts).
 */
const TRACKING = /^(utm_[a-z_]+|fbclid|gclid|gclsrc|dclid|msclkid|yclid|igshid|mc_cid|mc_eid|_ga|_gl|zanpid|spm|ref_src|ref_url|wt_mc|cmpid)$/i;

export function cleanUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return raw;
  }
  // https://www.google.com/url?q=<target>&sa=… and https://l.facebook.com/l.php?u=<target>
  const wrapped = (/(^|\.)google\.[a-z.]+$/.test(url.hostname) && url.pathname === '/url' && (url.searchParams.get('q') || url.searchParams.get('url'))) || (/(^|\.)facebook\.com$/.test(url.hostname) && url.pathname === '/l.php' && url.searchParams.get('u'));
  if (wrapped && /^https?:\/\//i.test(wrapped)) return cleanUrl(wrapped);
  if (!/^https?:$/.test(url.protocol)) return raw;
  for (const key of [...url.searchParams.keys()]) if (TRACKING.test(key)) url.searchParams.delete(key);
  return url.toString();
}
