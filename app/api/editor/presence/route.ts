import { NextResponse } from 'next/server';
import { authorizeAction, isSameOrigin } from '@/lib/auth/session';
import { beat, release, takeOver } from '@/lib/articles/presence';
import { presenceRequestSchema } from '@/lib/validations/presence';

/**
 * The editor's heartbeat (docs/editor.md, "Someone else is editing"): POST id, tab, intent
 * (arrive | beat | take | release) as a form, from fetch every 15 s and from sendBeacon on pagehide.
 * Same checks as autosave: 403 cross-site, 401 signed out, 404/403 without the right to edit.
 */
export const dynamic = 'force-dynamic';

const refuse = (message: string, status: number) => NextResponse.json({ status: 'error', message }, { status, headers: { 'Cache-Control': 'no-store' } });

export async function POST(req: Request) {
  if (!isSameOrigin(req)) return refuse('Yêu cầu không đến từ trang biên tập.', 403);
  const auth = await authorizeAction();
  if (!auth.ok) return refuse(auth.message, 401);

  let form: FormData;
  try {
    form = await req.formData();
  } catch {
    return refuse('Dữ liệu gửi lên không đọc được.', 400);
  }
  const parsed = presenceRequestSchema.safeParse({ id: form.get('id'), tab: form.get('tab'), intent: form.get('intent') });
  if (!parsed.success) return refuse(parsed.error.issues[0]?.message ?? 'Yêu cầu không hợp lệ.', 400);
  const { id, tab, intent } = parsed.data;

  try {
    if (intent === 'release') {
      await release(auth.user, id, tab);
      return new NextResponse(null, { status: 204 });
    }
    const result = intent === 'take' ? await takeOver(auth.user, id, tab) : await beat(auth.user, id, tab, new Date(), { arriving: intent === 'arrive' });
    if (!result.ok) return result.code === 'not-found' ? refuse('Không tìm thấy bài viết.', 404) : refuse('Bạn không có quyền sửa bài này.', 403);
    return NextResponse.json(result.answer, { headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    console.error('[bản tin] presence failed:', error);
    return refuse('Máy chủ gặp lỗi, hãy thử lại.', 500);
  }
}
