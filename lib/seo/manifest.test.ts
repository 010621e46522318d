import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { siteConfig } from '@/lib/config/site';
import { webAppManifest } from './manifest';

const root = path.resolve(import.meta.dirname, '../..');
/** Where Next serves each icon from: app/icon.png at /icon.png, the rest from public/. */
const fileOf = (src: string) => (src === '/icon.png' ? path.join(root, 'app/icon.png') : path.join(root, 'public', src));

describe('web app manifest', () => {
  const m = webAppManifest();

  it('names the site in Vietnamese, starts at the home page, in the brand colour', () => {
    expect(m).toMatchObject({ name: 'Bản tin', short_name: 'Bản tin', lang: 'vi', start_url: '/', theme_color: siteConfig.themeColor });
    expect(m.description).toMatch(/tỉnh/);
  });

  it('lists a 192 px and a 512 px icon and a maskable one, each an existing PNG of its stated size', async () => {
    expect(m.icons!.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(m.icons!.some((i) => i.purpose === 'maskable')).toBe(true);
    for (const icon of m.icons!) {
      const meta = await sharp(fileOf(icon.src)).metadata();
      expect(`${meta.format} ${meta.width}x${meta.height}`, icon.src).toBe(`png ${icon.sizes}`);
    }
  });

  it('the apple touch icon is a 180 px PNG', async () => {
    const meta = await sharp(path.join(root, 'app/apple-icon.png')).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 180, 180]);
  });
});
