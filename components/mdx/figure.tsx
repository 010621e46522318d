import { resolveImage } from '@/lib/media/resolve-image';
import { formatPhotoCredit } from '@/lib/text/vietnamese';

export type FigureProps = {
  src: string;
  alt?: string;
  caption?: string;
  credit?: string;
  /** The cover is above the fold: load it eagerly with high priority. */
  priority?: boolean;
  sizes?: string;
  className?: string;
};

/** A news photo: the picture, then its caption and credit under it. */
export async function Figure({ src, alt = '', caption, credit, priority = false, sizes = '(min-width: 768px) 720px, 100vw', className }: FigureProps) {
  const image = await resolveImage(src);
  const creditText = credit ? formatPhotoCredit(credit) : '';
  return (
    <figure className={`article-figure my-6 ${className ?? ''}`}>
      {image ? (
        <picture>
          {image.sources.map((s) => (
            <source key={s.type} type={s.type} srcSet={s.srcSet} sizes={sizes} />
          ))}
          <img
            src={image.src}
            srcSet={image.srcSet}
            sizes={image.srcSet ? sizes : undefined}
            width={image.width}
            height={image.height}
            alt={alt}
            loading={priority ? 'eager' : 'lazy'}
            fetchPriority={priority ? 'high' : undefined}
            decoding="async"
            className="h-auto w-full bg-stone-200 object-cover"
            style={image.blur ? { backgroundImage: `url("${image.blur}")`, backgroundSize: 'cover' } : undefined}
          />
        </picture>
      ) : (
        <div role="img" aria-label={alt || 'Ảnh không tải được'} className="flex aspect-[3/2] w-full items-center justify-center bg-stone-200 text-sm text-stone-600">
          Ảnh không có sẵn
        </div>
      )}
      {(caption || creditText) && (
        <figcaption className="mt-2 text-sm leading-snug text-stone-700">
          {caption}
          {caption && creditText ? ' ' : null}
          {creditText && <span className="figure-credit font-semibold text-stone-800">{creditText}</span>}
        </figcaption>
      )}
    </figure>
  );
}
