import { describe, expect, it } from 'vitest';
import { badEncodingResponse, hasBadEncoding } from './bad-encoding';

describe('hasBadEncoding', () => {
  it.each(['/bai/%E0%A4%A', '/bai/%ff%fe', '/bai/%', '/the/%C0%AF', '/tac-gia/%E0', '/chuyen-muc/%ff/rss.xml', '/media/a/%ff', '/api/v1/articles/%E0%A4%A', '/editor/bai/%ff'])(
    'refuses %s',
    (p) => expect(hasBadEncoding(p)).toBe(true),
  );
  it.each(['/', '/bai/hoi-nghi', '/the/qu%E1%BA%A3ng-nam', '/tim-kiem', '/tac-gia/l%C3%AA'])('lets %s through', (p) => expect(hasBadEncoding(p)).toBe(false));
});

describe('badEncodingResponse', () => {
  it('answers the API in its JSON error shape', async () => {
    const res = badEncodingResponse('/api/v1/articles/%ff');
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('bad_request');
  });
  it('answers pages with a Vietnamese HTML page', async () => {
    const res = badEncodingResponse('/bai/%ff');
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(await res.text()).toContain('Địa chỉ không hợp lệ');
  });
});
