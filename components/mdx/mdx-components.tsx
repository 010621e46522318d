import type { ComponentPropsWithoutRef } from 'react';
import { Figure } from './figure';
import { Gallery } from './gallery';
import { Quote } from './quote';
import { Video } from './video';

/** The one component map for every article body (see lib/mdx/allowlist.ts for what a body may use). */
export const mdxComponents = {
  Figure,
  Gallery,
  Quote,
  Video,
  a: ({ href, children, ...rest }: ComponentPropsWithoutRef<'a'>) => {
    const external = typeof href === 'string' && /^https?:\/\//.test(href);
    return (
      <a href={href} {...rest} {...(external ? { rel: 'noopener noreferrer nofollow', target: '_blank' } : {})}>
        {children}
      </a>
    );
  },
};
