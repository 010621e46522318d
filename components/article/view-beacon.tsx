'use client';

import { useEffect } from 'react';
import { VIEW_BEACON_PATH } from '@/lib/views/view-beacon-path';

/**
 * Reports one view of the article, after the page has loaded, with
 * navigator.sendBeacon: no cookie, nothing on the page waits for it. Renders nothing.
 */
export function ViewBeacon({ slug }: { slug: string }) {
  useEffect(() => {
    let sent = false;
    const send = () => {
      if (sent) return;
      sent = true;
      const body = JSON.stringify({ slug });
      try {
        if (!navigator.sendBeacon?.(VIEW_BEACON_PATH, new Blob([body], { type: 'text/plain' }))) {
          void fetch(VIEW_BEACON_PATH, { method: 'POST', body, keepalive: true, headers: { 'Content-Type': 'text/plain' } }).catch(() => undefined);
        }
      } catch {
        // Counting is best effort.
      }
    };
    if (document.readyState === 'complete') {
      const t = window.setTimeout(send, 0);
      return () => window.clearTimeout(t);
    }
    window.addEventListener('load', send, { once: true });
    return () => window.removeEventListener('load', send);
  }, [slug]);
  return null;
}
