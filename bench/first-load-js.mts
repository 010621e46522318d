// First-load weight of each public page of a running production build:
// the HTML, and the JS and CSS it references (raw and gzip), as a browser fetches them.
// Usage: npm run build && npm start &   then   BASE_URL=http://localhost:3000 npm run bench:pages
import { gzipSync } from 'node:zlib';

const base = process.env.BASE_URL || 'http://localhost:3000';
const SEED = 'tong-ket-phoi-hop-hoat-dong-giua-bo-chqs-tinh-voi-cac-to-chuc-chinh-tri-xa-hoi-giai-doan-2016-2020';
const pages = ['/', `/bai/${SEED}`, '/chuyen-muc/quoc-phong-an-ninh', '/the/phoi-hop-hoat-dong', '/tac-gia/t-c', '/tim-kiem?q=phoi+hop', '/dang-nhap'];

const cache = new Map<string, { raw: number; gz: number }>();
async function size(url: string) {
  let s = cache.get(url);
  if (!s) {
    const buf = Buffer.from(await (await fetch(url)).arrayBuffer());
    s = { raw: buf.length, gz: gzipSync(buf).length };
    cache.set(url, s);
  }
  return s;
}
const kb = (n: number) => (n / 1024).toFixed(1);

console.log(`| page | HTML gzip kB | JS files | JS gzip kB (raw) | CSS gzip kB |`);
console.log(`| --- | ---: | ---: | ---: | ---: |`);
for (const p of pages) {
  const res = await fetch(base + p);
  const html = await res.text();
  const htmlGz = gzipSync(Buffer.from(html)).length;
  // Modern browsers skip the noModule polyfills: count what they download.
  const scripts = [...new Set([...html.matchAll(/<script([^>]+)>/g)].filter((m) => !/noModule/i.test(m[1]!)).map((m) => /src="([^"]+)"/.exec(m[1]!)?.[1]).filter((s): s is string => !!s))];
  const styles = [...new Set([...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]!))];
  let js = { raw: 0, gz: 0 };
  for (const s of scripts) {
    const z = await size(new URL(s, base).toString());
    js = { raw: js.raw + z.raw, gz: js.gz + z.gz };
  }
  let css = 0;
  for (const s of styles) css += (await size(new URL(s, base).toString())).gz;
  console.log(`| ${p} (${res.status}) | ${kb(htmlGz)} | ${scripts.length} | ${kb(js.gz)} (${kb(js.raw)}) | ${kb(css)} |`);
}
