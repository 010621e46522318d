import { z } from './zod';

/**
 * What an editor tab posts to /api/editor/presence (lib/articles/presence.ts): the article,
 * the tab's own random id, and what it is doing: just opened (arrive), still here (beat), taking the article over
 * from whoever holds it (take), or leaving (release, by sendBeacon on pagehide).
 */
export const presenceIntents = ['arrive', 'beat', 'take', 'release'] as const;

export const presenceRequestSchema = z.object({
  id: z.string().trim().min(1, 'Thiếu mã bài viết.').max(100, 'Mã bài viết không hợp lệ.'),
  tab: z.string().regex(/^[A-Za-z0-9-]{8,64}$/, 'Mã thẻ trình duyệt không hợp lệ.'),
  intent: z.enum(presenceIntents, { error: 'Yêu cầu không hợp lệ.' }),
});

export type PresenceRequest = z.infer<typeof presenceRequestSchema>;
