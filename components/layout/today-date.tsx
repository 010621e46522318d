'use client';

import { useEffect, useState } from 'react';
import { formatVnWeekdayDate } from '@/lib/text/vietnamese';

/**
 * Today's date in Vietnam. The server renders the date of the cached page; the
 * browser corrects it after hydration, so a page cached before midnight shows today.
 */
export function TodayDate({ renderedAt }: { renderedAt: string }) {
  const [now, setNow] = useState(renderedAt);
  useEffect(() => setNow(new Date().toISOString()), []);
  return (
    <p className="text-sm text-stone-700" data-testid="masthead-date">
      {formatVnWeekdayDate(now)}
    </p>
  );
}
