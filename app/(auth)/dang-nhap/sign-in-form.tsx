'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { signInWithPassword } from '@/lib/auth/sign-in-client';

/** Email + password, labelled; errors never say whether the account exists. */
export function SignInForm({ callbackUrl, initialError }: { callbackUrl: string; initialError?: string }) {
  const [error, setError] = useState<string | undefined>(initialError);
  const [pending, setPending] = useState(false);
  // Signing in needs this script (next-auth's csrf handshake). Until it has
  // loaded, the button is disabled rather than silently reloading the page.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const [needsCode, setNeedsCode] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const errorId = `${id}-error`;

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get('email') ?? '').trim();
    const password = String(form.get('password') ?? '');
    const code = String(form.get('code') ?? '').trim();
    if (!email || !password) {
      setError(!email ? 'Hãy nhập email.' : 'Hãy nhập mật khẩu.');
      return;
    }
    setPending(true);
    setError(undefined);
    const result = await signInWithPassword({ email, password, code, callbackUrl });
    if (result.ok) {
      // A full load, so every server component reads the new session.
      window.location.assign(result.url);
      return;
    }
    setPending(false);
    setError(result.message);
    if (result.needsCode) {
      // The password was right: keep it, ask for the code.
      setNeedsCode(true);
      if (codeRef.current) codeRef.current.value = '';
      requestAnimationFrame(() => codeRef.current?.focus());
      return;
    }
    if (passwordRef.current) {
      passwordRef.current.value = '';
      passwordRef.current.focus();
    }
  }

  return (
    <form method="post" onSubmit={onSubmit} className="mt-6 space-y-4" noValidate>
      <div role="alert" id={errorId} className={error ? 'rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900' : 'sr-only'}>
        {error}
      </div>
      <div>
        <label htmlFor={`${id}-email`} className="block text-sm font-semibold text-stone-800">
          Email
        </label>
        <input
          id={`${id}-email`}
          name="email"
          type="email"
          autoComplete="username"
          inputMode="email"
          required
          autoFocus
          className="mt-1 w-full rounded border border-stone-400 px-3 py-2 text-base"
        />
      </div>
      <div>
        <label htmlFor={`${id}-password`} className="block text-sm font-semibold text-stone-800">
          Mật khẩu
        </label>
        <input
          ref={passwordRef}
          id={`${id}-password`}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className="mt-1 w-full rounded border border-stone-400 px-3 py-2 text-base"
        />
      </div>
      {needsCode && (
        <div>
          <label htmlFor={`${id}-code`} className="block text-sm font-semibold text-stone-800">
            Mã xác thực
          </label>
          <input
            ref={codeRef}
            id={`${id}-code`}
            name="code"
            type="text"
            inputMode="numeric"
            autoComplete="one-time-code"
            aria-describedby={`${id}-code-hint`}
            className="mt-1 w-full rounded border border-stone-400 px-3 py-2 text-base tracking-widest"
          />
          <p id={`${id}-code-hint`} className="mt-1 text-sm text-stone-700">
            6 chữ số trong ứng dụng xác thực, hoặc một mã khôi phục (dạng xxxxx-xxxxx).
          </p>
        </div>
      )}
      <button
        type="submit"
        disabled={pending || !ready}
        className="w-full rounded bg-[var(--color-brand)] px-4 py-2 font-semibold text-white hover:bg-[var(--color-brand-dark)] disabled:opacity-70"
      >
        {pending ? 'Đang đăng nhập…' : 'Đăng nhập'}
      </button>
    </form>
  );
}
