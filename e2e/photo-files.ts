import type { Page } from '@playwright/test';
import sharp from 'sharp';

/** A 1200×800 JPEG with noise (so no two uploads are the same file), as base64 for the page. */
export async function photo(r: number, g: number, b: number): Promise<string> {
  const bytes = await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r, g, b }, noise: { type: 'gaussian', mean: 120, sigma: 30 } } })
    .jpeg({ quality: 85 })
    .toBuffer();
  return bytes.toString('base64');
}

/** A synthetic drop, as the browser fires one for a file from the desktop, at the start of the paragraph holding `text`. */
export async function dropFile(page: Page, text: string, file: { name: string; type: string; base64: string }) {
  await page.evaluate(
    ({ text, file }) => {
      const target = Array.from(document.querySelectorAll('.ProseMirror p')).find((p) => p.textContent === text)!;
      const rect = target.getBoundingClientRect();
      const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([bytes], file.name, { type: file.type }));
      const at = { clientX: rect.left + 1, clientY: rect.top + rect.height / 2, bubbles: true, cancelable: true, dataTransfer: dt };
      target.dispatchEvent(new DragEvent('dragenter', at));
      target.dispatchEvent(new DragEvent('dragover', at));
      target.dispatchEvent(new DragEvent('drop', at));
    },
    { text, file },
  );
}
