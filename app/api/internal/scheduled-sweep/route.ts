import { revalidateArticle } from '@/lib/cache/tags';
import { SWEEP_SECRET_HEADER, changedFootprints, dueScheduled, isSweepSecret, parseSweepRequest } from '@/lib/articles/scheduled-sweep';

/**
 * Internal: refresh this instance's cached pages of (1) the scheduled
 * articles whose time came in the `scheduled` window and (2) every article
 * readers could see that changed, or whose scheduled time came, in the
 * `changed` window, which ends a few seconds back (see
 * lib/articles/scheduled-sweep.ts). Called by this server's own sweep timer with
 * a shared secret; anything else gets 404, as if the route did not exist.
 */
export const dynamic = 'force-dynamic';

export async function POST(req: Request) {
  if (!isSweepSecret(req.headers.get(SWEEP_SECRET_HEADER))) {
    return new Response('Không tìm thấy', { status: 404 });
  }
  const asked = parseSweepRequest(await req.json().catch(() => null));
  const scheduled = asked.scheduled ? await dueScheduled(asked.scheduled) : { due: [], slugs: [] };
  const changed = asked.changed ? await changedFootprints(asked.changed) : { due: [], slugs: [], truncated: false };
  // Scheduled times inside the (settled) change window are refreshed once more, like changes.
  const settled = asked.changed ? await dueScheduled(asked.changed) : { due: [], slugs: [] };
  const tags = revalidateArticle(...scheduled.due, ...changed.due, ...settled.due);
  return Response.json({ scheduled: scheduled.slugs, changed: changed.slugs, tags: tags.length });
}
