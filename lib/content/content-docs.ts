import { allArticles } from 'contentlayer/generated';
import type { ContentDoc } from './sync-content';

/** The content/ articles of this build, as contentlayer2 validated them. */
export function contentDocs(): ContentDoc[] {
  return allArticles;
}
