/**
 * Who may steer the front page (pins, the breaking banner): editors and
 * admins, as they decide what is published. The rights matrix: docs/frontpage.md.
 */
import type { Role } from '@/lib/db/schema';

export const curatorRoles: Role[] = ['editor', 'admin'];

export function canCurate(actor: { role: Role }): boolean {
  return curatorRoles.includes(actor.role);
}
