/**
 * next-auth v4: Credentials provider, JWT sessions. The token carries the
 * user's id, session version and session id (sid); getSessionUser
 * (lib/auth/session.ts) checks all three against the database on every request,
 * so the token's 30-day life is never what decides whether a session still works.
 *
 * NEXTAUTH_SECRET is read by next-auth from the environment at request time
 * (ensureAuthSecret in lib/startup.ts fills it); NEXTAUTH_URL likewise
 * (ensureAuthUrl). Sign-in throttling is answered with 429 by the route
 * handler (app/api/auth/[...nextauth]/route.ts) before next-auth runs.
 */
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { verifySignIn } from '@/lib/auth/credentials';
import { deviceCookieFrom } from '@/lib/auth/device-cookie';
import { clientIp } from '@/lib/auth/request-meta';
import { authPaths } from '@/lib/config/site';
import { writeAudit } from '@/lib/audit/log';
import { closeSession, openSession, SESSION_MAX_AGE_SECONDS } from '@/lib/users/sessions';

export const authOptions: NextAuthOptions = {
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: authPaths.signIn, error: authPaths.signIn },
  providers: [
    CredentialsProvider({
      id: 'credentials',
      name: 'Email và mật khẩu',
      credentials: {
        email: { label: 'Email', type: 'email' },
        password: { label: 'Mật khẩu', type: 'password' },
        code: { label: 'Mã xác thực', type: 'text' },
      },
      async authorize(credentials, req) {
        const ip = clientIp(req.headers ?? {});
        const cookie = (req.headers as Record<string, string | undefined> | undefined)?.cookie;
        const outcome = await verifySignIn({ email: credentials?.email, password: credentials?.password, code: credentials?.code }, ip, new Date(), deviceCookieFrom(cookie));
        // next-auth passes a thrown message to the client as ?error=…: the form asks for the code.
        if (!outcome.ok && (outcome.reason === 'code-required' || outcome.reason === 'code-invalid')) throw new Error(outcome.reason);
        if (!outcome.ok) return null;
        return outcome.user;
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = user.role;
        token.sv = user.sessionVersion;
        token.sid = await openSession(user.id);
        token.name = user.name;
        token.email = user.email;
      }
      return token;
    },
    async session({ session, token }) {
      session.user = { id: token.uid ?? '', email: token.email ?? '', name: token.name ?? '', role: token.role ?? 'reporter' };
      session.sv = token.sv ?? -1;
      session.sid = token.sid ?? '';
      return session;
    },
    // Only ever send people to pages of this site.
    async redirect({ url, baseUrl }) {
      if (url.startsWith('/') && !url.startsWith('//')) return `${baseUrl}${url}`;
      try {
        if (new URL(url).origin === baseUrl) return url;
      } catch {
        // not a URL
      }
      return baseUrl;
    },
  },
  events: {
    async signOut({ token }) {
      if (token?.sid) await closeSession(token.sid);
      if (token?.uid) await writeAudit({ userId: token.uid, action: 'auth.sign-out', target: token.uid });
    },
  },
};
