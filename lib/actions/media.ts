'use server';

import { revalidatePath } from 'next/cache';
import { authPaths } from '@/lib/config/site';
import { db } from '@/lib/db';
import { uploadRoles } from '@/lib/media/access';
import { updateMediaDetails } from '@/lib/media/writes';
import { mediaDetailsSchema } from '@/lib/validations/media';
import { INVALID_FIELDS_MESSAGE, formAction, zodFieldErrors } from './action';

export type MediaFormState = {
  status: 'idle' | 'saved' | 'error';
  message: string;
  fieldErrors: Partial<Record<'alt' | 'caption' | 'credit', string>>;
};

const fail = (message: string, fieldErrors: MediaFormState['fieldErrors'] = {}): MediaFormState => ({ status: 'error', message, fieldErrors });

/** Save a photo's library details from the library page or the upload list. */
export const updateMediaAction = formAction({
  name: 'updateMedia',
  roles: uploadRoles,
  schema: mediaDetailsSchema,
  input: (form) => ({ id: form.get('id'), alt: form.get('alt') ?? '', caption: form.get('caption') ?? '', credit: form.get('credit') ?? '' }),
  fail,
  invalid: (error) => {
    const { alt, caption, credit } = zodFieldErrors(error);
    const fields = Object.fromEntries(Object.entries({ alt, caption, credit }).filter(([, v]) => v));
    return fail(error.issues[0]?.path[0] === 'id' ? 'Ảnh không hợp lệ.' : INVALID_FIELDS_MESSAGE, fields);
  },
  run: async (data, { actor, ip }): Promise<MediaFormState> => {
    const result = await updateMediaDetails(await db(), actor, data, ip);
    return result.ok ? { status: 'saved', message: 'Đã lưu thông tin ảnh.', fieldErrors: {} } : fail(result.message);
  },
  after: (state) => {
    if (state.status === 'saved') revalidatePath(authPaths.media);
  },
});
