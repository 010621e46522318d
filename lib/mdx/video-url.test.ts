import { describe, expect, it } from 'vitest';
import { formatMdxIssues, validateMdx } from './validate-mdx';
import { parseVideoUrl, videoEmbedUrl } from './video-url';

const issues = (body: string) => {
  const r = validateMdx(body);
  return r.ok ? [] : formatMdxIssues(r.issues);
};

describe('parseVideoUrl: YouTube and Facebook video links only', () => {
  it.each([
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'dQw4w9WgXcQ'],
    ['https://youtube.com/watch?v=dQw4w9WgXcQ&t=42s', 'dQw4w9WgXcQ'],
    ['https://m.youtube.com/watch?v=dQw4w9WgXcQ', 'dQw4w9WgXcQ'],
    ['https://youtu.be/dQw4w9WgXcQ', 'dQw4w9WgXcQ'],
    ['https://youtu.be/dQw4w9WgXcQ?si=abc', 'dQw4w9WgXcQ'],
    ['https://www.youtube.com/shorts/dQw4w9WgXcQ', 'dQw4w9WgXcQ'],
    ['https://www.youtube.com/embed/dQw4w9WgXcQ', 'dQw4w9WgXcQ'],
  ])('YouTube %s', (url, id) => {
    const v = parseVideoUrl(url);
    expect(v).toMatchObject({ provider: 'youtube', id });
    expect(videoEmbedUrl(v!)).toBe(`https://www.youtube-nocookie.com/embed/${id}?autoplay=1&rel=0`);
  });

  it.each([
    'https://www.facebook.com/baoquangnam/videos/1234567890123456/',
    'https://www.facebook.com/baoquangnam/videos/le-hoi/1234567890123456',
    'https://facebook.com/watch/?v=1234567890',
    'https://m.facebook.com/reel/1234567890',
    'https://fb.watch/abcDEF123/',
  ])('Facebook %s', (url) => {
    const v = parseVideoUrl(url);
    expect(v).toMatchObject({ provider: 'facebook' });
    expect(videoEmbedUrl(v!)).toBe(`https://www.facebook.com/plugins/video.php?href=${encodeURIComponent(v!.url)}&show_text=false&autoplay=true`);
  });

  it.each([
    ['another host', 'https://vimeo.com/123456'],
    ['a look-alike host', 'https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ'],
    ['a host ending like YouTube', 'https://notyoutube.com/watch?v=dQw4w9WgXcQ'],
    ['plain http', 'http://www.youtube.com/watch?v=dQw4w9WgXcQ'],
    ['a channel, not a video', 'https://www.youtube.com/@baoquangnam'],
    ['a bad video id', 'https://www.youtube.com/watch?v=<script>'],
    ['credentials in the URL', 'https://user:pw@www.youtube.com/watch?v=dQw4w9WgXcQ'],
    ['a Facebook page, not a video', 'https://www.facebook.com/baoquangnam'],
    ['a Facebook plugin address', 'https://www.facebook.com/plugins/video.php?href=x'],
    ['javascript:', 'javascript:alert(1)'],
    ['not a URL', 'xem video'],
  ])('refuses %s', (_name, url) => expect(parseVideoUrl(url)).toBeNull());
});

describe('<Video> in a body', () => {
  it('accepts a YouTube or Facebook link with caption, credit and a library poster', () => {
    expect(issues('<Video src="https://youtu.be/dQw4w9WgXcQ" title="Lễ hội" caption="Đêm hội" credit="T.C" poster="/media/0123456789abcdef0123456789abcdef" />')).toEqual([]);
    expect(issues('<Video src="https://fb.watch/abcDEF123/" caption="Clip" />')).toEqual([]);
  });

  it.each([
    ['another host', '<Video src="https://vimeo.com/123456" />', /Dòng 1: <Video> chỉ nhận liên kết video YouTube hoặc Facebook .*"https:\/\/vimeo\.com\/123456" không được phép/],
    ['no src', 'Chữ\n\n<Video caption="x" />', /Dòng 3: Thẻ <Video> cần thuộc tính src/],
    ['a third-party poster', '<Video src="https://youtu.be/dQw4w9WgXcQ" poster="https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg" />', /poster.*thư viện ảnh/],
    ['an unknown attribute', '<Video src="https://youtu.be/dQw4w9WgXcQ" autoplay="1" />', /Thuộc tính "autoplay" không được phép trên <Video>/],
  ])('refuses %s with a Vietnamese message', (_name, body, message) => {
    expect(issues(body).join('\n')).toMatch(message);
  });
});
