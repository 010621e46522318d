import { isTakenDown } from '@/lib/articles/gone';
import { apiError } from './respond';

/** The API's answer for a slug with no public article: 410 when an editor took it down (as the page does), else 404. */
export async function articleMissing(slug: string): Promise<Response> {
  if (await isTakenDown(slug)) return apiError(410, 'gone', 'Bài viết này đã được gỡ xuống.');
  return apiError(404, 'not_found', 'Không tìm thấy bài viết.');
}
