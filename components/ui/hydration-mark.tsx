'use client';

import { useEffect } from 'react';

/**
 * Marks <html data-hydrated="true"> once React has hydrated the page. The
 * editor and sign-in frames carry it; end-to-end tests wait for it before
 * they type into client-side controls (a click or keystroke that lands
 * before hydration can be lost, as CI once showed with sign-out).
 */
export function HydrationMark() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true';
  }, []);
  return null;
}
