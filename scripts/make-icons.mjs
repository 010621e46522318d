// Makes the app icons (issue 11) from the favicon's drawing (scripts/make-favicon.mjs): a
// brand-red square with a white "B" drawn as paths (no font needed). Run once; kept in git.
//   app/icon.png             512 px, rounded: <link rel="icon"> and the manifest's "any" icon
//   app/apple-icon.png       180 px, square (iOS rounds it): <link rel="apple-touch-icon">
//   public/icons/icon-192.png  192 px, rounded: the manifest's small icon
//   public/icons/maskable-512.png  512 px, full bleed, the B inside the 80 % safe zone: "maskable"
import fs from 'node:fs';
import sharp from 'sharp';

const brand = '#9f1239'; // siteConfig.themeColor (lib/config/site.ts)
const b = 'M18 12h17c7 0 12 4 12 10 0 4-2 7-5 8.5 4 1.5 7 5 7 10 0 7-5.5 11.5-13 11.5H18zm9 7.5v9h7c2.8 0 4.5-1.7 4.5-4.5S36.8 19.5 34 19.5zm0 16v9h8.5c3 0 5-1.8 5-4.5s-2-4.5-5-4.5z';
const svg = ({ rx, scale }) => `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">
  <rect width="64" height="64" rx="${rx}" fill="${brand}"/>
  <path fill="#fff" fill-rule="evenodd" transform="translate(32 32) scale(${scale}) translate(-32.5 -32)" d="${b}"/>
</svg>`;

const out = [
  ['app/icon.png', 512, { rx: 10, scale: 1 }],
  ['app/apple-icon.png', 180, { rx: 0, scale: 0.9 }],
  ['public/icons/icon-192.png', 192, { rx: 10, scale: 1 }],
  ['public/icons/maskable-512.png', 512, { rx: 0, scale: 0.7 }],
];
fs.mkdirSync('public/icons', { recursive: true });
for (const [file, size, look] of out) {
  await sharp(Buffer.from(svg(look)), { density: (72 * size) / 64 }).resize(size, size).png({ compressionLevel: 9 }).toFile(file);
  console.log(`wrote ${file}`);
}
