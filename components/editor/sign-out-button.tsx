'use client';

import { useFormStatus } from 'react-dom';
import { signOutAction } from '@/lib/actions/sign-out';

function SubmitButton() {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      className="rounded border border-stone-400 px-3 py-1 text-sm font-semibold text-stone-800 hover:bg-stone-100 disabled:opacity-70"
    >
      {pending ? 'Đang đăng xuất…' : 'Đăng xuất'}
    </button>
  );
}

/**
 * A form posting to a server action: it signs out even when clicked before
 * the page has hydrated (the old onClick button did nothing then).
 */
export function SignOutButton() {
  return (
    <form action={signOutAction}>
      <SubmitButton />
    </form>
  );
}
