import { resolveImage } from '@/lib/media/resolve-image';
import { parseVideoUrl, providerName, videoEmbedUrl } from '@/lib/mdx/video-url';
import { formatVideoCredit } from '@/lib/text/vietnamese';
import { VideoFacade } from './video-facade';

export type VideoProps = { src: string; title?: string; caption?: string; credit?: string; poster?: string };

/**
 * A YouTube or Facebook video (lib/mdx/video-url.ts), as a click-to-load
 * facade with caption and credit under it like a Figure. The allowlist has
 * refused any other link already; one that slipped through renders nothing.
 */
export async function Video({ src, title, caption, credit, poster }: VideoProps) {
  const video = parseVideoUrl(src ?? '');
  if (!video) return null;
  const image = poster ? await resolveImage(poster) : null;
  const provider = providerName(video);
  const creditText = credit ? formatVideoCredit(credit) : '';
  return (
    <figure className="article-video my-6">
      <VideoFacade
        embedUrl={videoEmbedUrl(video)}
        title={title || caption || `Video trên ${provider}`}
        provider={provider}
        poster={image ? { src: image.src, srcSet: image.srcSet, width: image.width, height: image.height } : null}
      />
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
