import { parseImageRef, slotFor, variantUrl } from '@/lib/media/media-ref';

/** The chosen cover as a picture, not a path (a content/ photo's variant id is not known in the browser: its name shows). */
export function CoverThumb({ src }: { src: string }) {
  const ref = parseImageRef(src);
  const url = ref?.kind === 'media' ? variantUrl(ref.id, slotFor(400)) : ref?.kind === 'external' ? ref.url : null;
  return url ? <img src={url} alt="Ảnh bìa đã chọn" width={200} height={133} className="h-auto w-48 max-w-full rounded object-cover" /> : <p className="break-all text-sm">Ảnh bìa: {src}</p>;
}
