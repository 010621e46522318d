/** People for integration tests, inserted through the real data layer. */
import type { Role } from '@/lib/db/schema';
import { insertUser, type PublicUser } from '@/lib/users/accounts';

export const testPassword = (role: Role) => `mat-khau-${role}-123`;

export async function seedPeople(): Promise<Record<Role, PublicUser>> {
  const out = {} as Record<Role, PublicUser>;
  for (const role of ['admin', 'editor', 'reporter'] as const) {
    const r = await insertUser({ name: `Người ${role}`, email: `${role}@bantin.test`, role, password: testPassword(role) });
    if (!r.ok) throw new Error(r.message);
    out[role] = r.value;
  }
  return out;
}
