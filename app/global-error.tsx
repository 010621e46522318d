'use client';

import './globals.css';
import { ErrorView } from '@/components/layout/error-view';

export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="vi">
      <body>
        <main>
          <ErrorView digest={error.digest} reset={reset} />
        </main>
      </body>
    </html>
  );
}
