'use server';

import { revalidatePath } from 'next/cache';
import { authorizeAction, requestIp } from '@/lib/auth/session';
import { authPaths } from '@/lib/config/site';
import { uploadRoles } from '@/lib/media/access';
import { updateMediaDetails } from '@/lib/media/writes';
import { db } from '@/lib/db';
import { mediaDetailsSchema } from '@/lib/validations/media';

export type MediaFormState = {
  status: 'idle' | 'saved' | 'error';
  message: string;
  fieldErrors: Partial<Record<'alt' | 'caption' | 'credit', string>>;
};

/** Save a photo's library details from the library page or the upload list. */
export async function updateMediaAction(_prev: MediaFormState, formData: FormData): Promise<MediaFormState> {
  const auth = await authorizeAction(uploadRoles);
  if (!auth.ok) return { status: 'error', message: auth.message, fieldErrors: {} };
  const parsed = mediaDetailsSchema.safeParse({
    id: formData.get('id'),
    alt: formData.get('alt') ?? '',
    caption: formData.get('caption') ?? '',
    credit: formData.get('credit') ?? '',
  });
  if (!parsed.success) {
    const fieldErrors: MediaFormState['fieldErrors'] = {};
    for (const issue of parsed.error.issues) {
      const key = issue.path[0];
      if (key === 'alt' || key === 'caption' || key === 'credit') fieldErrors[key] ??= issue.message;
    }
    return { status: 'error', message: parsed.error.issues[0]?.path[0] === 'id' ? 'Ảnh không hợp lệ.' : 'Hãy sửa các ô được đánh dấu.', fieldErrors };
  }
  try {
    const result = await updateMediaDetails(await db(), auth.user, parsed.data, await requestIp());
    if (!result.ok) return { status: 'error', message: result.message, fieldErrors: {} };
  } catch (error) {
    console.error('[bản tin] media update failed:', error);
    return { status: 'error', message: 'Lỗi máy chủ: chưa lưu được. Hãy thử lại.', fieldErrors: {} };
  }
  revalidatePath(authPaths.media);
  return { status: 'saved', message: 'Đã lưu thông tin ảnh.', fieldErrors: {} };
}
