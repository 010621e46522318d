/** Where the article page's beacon reports a view (app/api/xem/route.ts). */
export const VIEW_BEACON_PATH = '/api/xem';
