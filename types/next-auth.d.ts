import type { Role } from '@/lib/db/schema';

// What our session token and session carry (see lib/auth/auth-options.ts).
declare module 'next-auth' {
  interface Session {
    user: { id: string; email: string; name: string; role: Role };
    /** users.session_version when the token was issued. */
    sv: number;
    /** The sessions row this sign-in opened (lib/users/sessions.ts). */
    sid: string;
  }
  interface User {
    id: string;
    email: string;
    name: string;
    role: Role;
    sessionVersion: number;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    uid?: string;
    role?: Role;
    sv?: number;
    sid?: string;
  }
}
