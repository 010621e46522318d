/**
 * Who may manage sections: admins only, as the menu and the site's addresses
 * are the newsroom's structure, not one story's. The rights matrix: docs/sections.md.
 */
import type { Role } from '@/lib/db/schema';

export const sectionAdminRoles: Role[] = ['admin'];

export function canManageSections(actor: { role: Role }): boolean {
  return sectionAdminRoles.includes(actor.role);
}

/** The refusal (the same words as lib/auth/session.ts FORBIDDEN_MESSAGE; lib/auth reads sessions, this folder does not). */
export const FORBIDDEN_TEXT = 'Bạn không có quyền thực hiện việc này.';
