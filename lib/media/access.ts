import type { SessionUser } from '@/lib/auth/session';
import type { Role } from '@/lib/db/schema';
import type { MediaRecord } from './types';

/** Who may upload photos: everyone in the newsroom. */
export const uploadRoles: Role[] = ['reporter', 'editor', 'admin'];

/**
 * Who may change a photo's library details: its uploader, and editors and
 * admins for any photo (photos of content/ articles too). Articles keep their
 * own caption and credit, so this never changes a published page.
 */
export function canEditMedia(user: Pick<SessionUser, 'id' | 'role'>, media: Pick<MediaRecord, 'uploaderId'>): boolean {
  return user.role === 'editor' || user.role === 'admin' || (media.uploaderId !== null && media.uploaderId === user.id);
}
