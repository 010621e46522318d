import type { Metadata } from 'next';
import Link from 'next/link';
import { BannerForm, type StoredBannerView } from '@/components/editor/frontpage/banner-form';
import { FrontPageForm, type FrontPageFormValues } from '@/components/editor/frontpage/front-page-form';
import { requireUser } from '@/lib/auth/session';
import { paths } from '@/lib/config/site';
import { db } from '@/lib/db';
import { curatorRoles } from '@/lib/frontpage/access';
import { queryPinnable, queryPins, queryStoredBanner } from '@/lib/frontpage/queries';
import { querySections } from '@/lib/sections/queries';
import { formatVnShort, toVnLocalInput } from '@/lib/text/vietnamese';

export const metadata: Metadata = { title: 'Trang nhất' };

/** Tiêu điểm and Tin nóng: what the home page leads with, and the breaking banner on every public page. Editors and admins only. */
export default async function FrontPageEditorPage() {
  await requireUser(curatorRoles);
  const conn = await db();
  const now = new Date().toISOString();
  // Expired pins are left out of the form: saving drops them.
  const pins = (await queryPins(conn)).filter((p) => p.expiresAt === null || p.expiresAt > now);
  const stored = await queryStoredBanner(conn, now);
  const options = await queryPinnable(conn, now, [...pins.map((p) => p.articleId), ...(stored ? [stored.articleId] : [])]);
  const visible = new Set(options.map((o) => o.id));
  const shown = pins.filter((p) => visible.has(p.articleId));
  const expires = (at: string | null) => (at ? toVnLocalInput(at) : '');
  // The stored sections (an admin adds and renames them at /editor/chuyen-muc), not the initial six.
  const sections = (await querySections(conn)).map((s) => ({ slug: s.slug, name: s.name, parent: s.parent }));

  const values: FrontPageFormValues = {
    lead: shown.filter((p) => p.slot === 'lead').map((p) => ({ articleId: p.articleId, expires: expires(p.expiresAt) }))[0] ?? null,
    featured: shown.filter((p) => p.slot === 'featured').map((p) => ({ articleId: p.articleId, expires: expires(p.expiresAt) })),
    sections: Object.fromEntries(shown.filter((p) => p.slot === 'section').map((p) => [p.section, { articleId: p.articleId, expires: expires(p.expiresAt) }])),
  };
  const banner: StoredBannerView = stored
    ? {
        text: stored.text,
        articleId: visible.has(stored.articleId) ? stored.articleId : '',
        title: stored.title,
        expires: expires(stored.expiresAt),
        showing: stored.showing,
        note: stored.expiresAt && stored.expiresAt <= now ? `đã tự tắt lúc ${formatVnShort(stored.expiresAt)}.` : 'bài dẫn tới không còn đăng.',
      }
    : null;

  return (
    <div className="space-y-8">
      <div>
        <h1 className="font-serif text-2xl font-bold text-stone-950">Trang nhất</h1>
        <p className="mt-1 text-sm text-stone-700">
          Chỉ ghim được bài đang đăng; bài bị gỡ tự rời trang nhất. Chỗ nào không ghim, trang chủ tự lấy bài mới nhất, và không bài nào hiện hai lần.{' '}
          <Link href={paths.home()} prefetch={false} className="underline">
            Xem trang chủ
          </Link>
        </p>
      </div>
      <section aria-labelledby="tin-nong-h">
        <h2 id="tin-nong-h" className="mb-2 text-lg font-bold text-stone-900">
          Tin nóng
        </h2>
        <BannerForm banner={banner} options={options} />
      </section>
      <section aria-labelledby="tieu-diem-h">
        <h2 id="tieu-diem-h" className="mb-2 text-lg font-bold text-stone-900">
          Tiêu điểm
        </h2>
        <FrontPageForm values={values} options={options} sections={sections} />
      </section>
    </div>
  );
}
