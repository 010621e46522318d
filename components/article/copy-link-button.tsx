'use client';

import { useState } from 'react';

/** Copies the article's address; the result is announced in a live region, in Vietnamese. */
export function CopyLinkButton({ url, className }: { url: string; className: string }) {
  const [message, setMessage] = useState('');
  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setMessage('Đã chép đường dẫn');
    } catch {
      // No clipboard (an insecure origin, a refused permission): say how to do it by hand.
      setMessage('Không chép được, hãy chép đường dẫn trên thanh địa chỉ');
    }
  }
  return (
    <>
      <button type="button" onClick={copy} className={className}>
        Chép đường dẫn
      </button>
      <span role="status" className="text-sm text-stone-700">
        {message}
      </span>
    </>
  );
}
