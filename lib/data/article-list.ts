import 'server-only';
import { unstable_cache } from 'next/cache';
import { siteConfig } from '@/lib/config/site';
import { db } from '@/lib/db';
import type { ArticleListParams } from '@/lib/validations/api';
import { queryArticleList } from './article-list-query';
import { cacheTags } from './cache-tags';

/** Cached list for the JSON API; any publish refreshes it (listings tag). */
export const getArticleList = (p: ArticleListParams) =>
  unstable_cache(async () => queryArticleList(await db(), p, new Date().toISOString()), ['api-list', JSON.stringify(p)], {
    revalidate: siteConfig.revalidateSeconds,
    tags: [cacheTags.listings],
  })();
