import { revalidateArticle } from '@/lib/data/cache-tags';
import { SWEEP_SECRET_HEADER, claimDueScheduled, isSweepSecret } from '@/lib/data/scheduled-sweep';

/**
 * Internal: refresh the cached pages of scheduled articles whose time has
 * passed. Called by this server's own sweep timer (lib/data/scheduled-sweep.ts)
 * with a shared secret; anything else gets 404, as if the route did not exist.
 */
export const dynamic = 'force-dynamic';

export async function POST(req: Request) {
  if (!isSweepSecret(req.headers.get(SWEEP_SECRET_HEADER))) {
    return new Response('Không tìm thấy', { status: 404 });
  }
  const claim = await claimDueScheduled();
  const tags = revalidateArticle(...claim.due);
  return Response.json({ claimed: claim.claimed, since: claim.since, until: claim.until, slugs: claim.slugs, tags: tags.length });
}
