'use client';

import { useEffect, useRef, useState } from 'react';

export type VideoPoster = { src: string; srcSet?: string; width: number; height: number };

/**
 * Click to load: until the reader presses play, the page shows a poster from
 * our own library (or a plain placeholder) and asks nothing of YouTube or
 * Facebook; the press swaps in their player, which then starts at once.
 */
export function VideoFacade({ embedUrl, title, provider, poster }: { embedUrl: string; title: string; provider: string; poster: VideoPoster | null }) {
  const [playing, setPlaying] = useState(false);
  const frame = useRef<HTMLIFrameElement>(null);
  useEffect(() => {
    if (playing) frame.current?.focus();
  }, [playing]);

  if (playing) {
    return (
      <div className="relative aspect-video w-full bg-black">
        <iframe
          ref={frame}
          src={embedUrl}
          title={title}
          allow="autoplay; encrypted-media; picture-in-picture; fullscreen"
          allowFullScreen
          referrerPolicy="strict-origin-when-cross-origin"
          className="absolute inset-0 h-full w-full border-0"
        />
      </div>
    );
  }
  return (
    <button
      type="button"
      onClick={() => setPlaying(true)}
      className="video-facade group relative block aspect-video w-full overflow-hidden bg-stone-800 text-left text-white focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-[var(--color-brand)]"
    >
      {poster && <img src={poster.src} srcSet={poster.srcSet} sizes="(min-width: 768px) 720px, 100vw" width={poster.width} height={poster.height} alt="" loading="lazy" decoding="async" className="absolute inset-0 h-full w-full object-cover" />}
      <span aria-hidden="true" className="absolute left-1/2 top-1/2 flex h-16 w-16 -translate-x-1/2 -translate-y-1/2 items-center justify-center rounded-full bg-[var(--color-brand)] shadow-lg group-hover:scale-110">
        <svg viewBox="0 0 24 24" width="28" height="28" fill="currentColor">
          <path d="M8 5v14l11-7z" />
        </svg>
      </span>
      <span className="absolute inset-x-0 bottom-0 bg-black/75 px-3 py-2 text-sm">
        <span className="font-semibold">Phát video: {title}</span>
        <span className="block text-xs text-stone-200">Trình phát {provider} chỉ được tải khi bạn bấm xem.</span>
      </span>
    </button>
  );
}
