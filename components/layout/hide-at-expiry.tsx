'use client';

import { type ReactNode, useEffect, useState } from 'react';

/**
 * Hides its children once `expiresAt` (ISO UTC) has passed, in the reader's
 * browser: a cached page may be served for a few minutes after an expiry,
 * and the banner must not outlive it there.
 */
export function HideAtExpiry({ expiresAt, children }: { expiresAt: string | null; children: ReactNode }) {
  const [expired, setExpired] = useState(false);
  useEffect(() => {
    if (!expiresAt) return;
    const left = new Date(expiresAt).getTime() - Date.now();
    if (left <= 0) {
      setExpired(true);
      return;
    }
    // setTimeout holds at most ~24.8 days; a later expiry is left to the server's render.
    if (left > 2 ** 31 - 1) return;
    const t = setTimeout(() => setExpired(true), left);
    return () => clearTimeout(t);
  }, [expiresAt]);
  return expired ? null : <>{children}</>;
}
