/**
 * The article form's section choices, read fresh (the editor area is dynamic):
 * menu order, a chuyên mục con shown under its parent with a dash.
 */
import 'server-only';
import { db } from '@/lib/db';
import { querySections } from './queries';

export async function sectionOptions(): Promise<{ slug: string; name: string }[]> {
  return (await querySections(await db())).map((s) => ({ slug: s.slug, name: s.parent ? `— ${s.name}` : s.name }));
}
