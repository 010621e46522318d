import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { renderBodyHtml } from '@/lib/mdx/render-html';
import { Video } from './video';

describe('<Video> as a page renders it', () => {
  it('is a play button with the title, caption and credit, and nothing from YouTube until clicked', async () => {
    const html = renderToStaticMarkup(await Video({ src: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', title: 'Đêm hội phố cổ', caption: 'Phố cổ đêm rằm.', credit: 'T.C' }));
    expect(html).toContain('<button type="button"');
    expect(html).toContain('Phát video: Đêm hội phố cổ');
    expect(html).toMatch(/<figcaption[^>]*>Phố cổ đêm rằm\. <span[^>]*>Video: T\.C<\/span><\/figcaption>/);
    // No player, no thumbnail from i.ytimg.com, no address of YouTube at all before the click.
    expect(html).not.toMatch(/<iframe|youtube\.com|youtube-nocookie|youtu\.be|ytimg|<img/i);
  });

  it('renders nothing for a link the allowlist refuses', async () => {
    expect(await Video({ src: 'https://vimeo.com/123456' })).toBeNull();
  });

  it('is a plain link with caption and credit in the JSON API body, no player', () => {
    const { html } = renderBodyHtml('<Video src="https://youtu.be/dQw4w9WgXcQ" title="Đêm hội" caption="Phố cổ." credit="Theo VTV" />\n\n<Video src="https://vimeo.com/1" title="Lạ" />');
    expect(html).toBe('<figure class="video"><a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ" rel="noopener noreferrer nofollow">Đêm hội</a><figcaption>Phố cổ. <span class="credit">Theo VTV</span></figcaption></figure>');
  });
});
