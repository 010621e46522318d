'use client';

import { signOut } from 'next-auth/react';
import { useState } from 'react';
import { authPaths } from '@/lib/config/site';

export function SignOutButton() {
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      disabled={pending}
      onClick={() => {
        setPending(true);
        void signOut({ callbackUrl: authPaths.signIn });
      }}
      className="rounded border border-stone-400 px-3 py-1 text-sm font-semibold text-stone-800 hover:bg-stone-100 disabled:opacity-70"
    >
      {pending ? 'Đang đăng xuất…' : 'Đăng xuất'}
    </button>
  );
}
