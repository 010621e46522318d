// Makes app/favicon.ico (browsers and Lighthouse ask for /favicon.ico; a 404 there cost
// "best practices" points, issue 12): a brand-red square with a white "B" drawn as paths
// (no font needed), as PNGs at 16, 32 and 48 px inside one ICO file. Run once; kept in git.
import fs from 'node:fs';
import sharp from 'sharp';

const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">
  <rect width="64" height="64" rx="10" fill="#9f1239"/>
  <path fill="#fff" fill-rule="evenodd" d="M18 12h17c7 0 12 4 12 10 0 4-2 7-5 8.5 4 1.5 7 5 7 10 0 7-5.5 11.5-13 11.5H18zm9 7.5v9h7c2.8 0 4.5-1.7 4.5-4.5S36.8 19.5 34 19.5zm0 16v9h8.5c3 0 5-1.8 5-4.5s-2-4.5-5-4.5z"/>
</svg>`;

const sizes = [16, 32, 48];
const pngs = await Promise.all(sizes.map((s) => sharp(Buffer.from(svg)).resize(s, s).png().toBuffer()));
// ICO: a 6-byte header, one 16-byte entry per image, then the PNGs (PNG-in-ICO, every browser since 2009).
const header = Buffer.alloc(6);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2);
header.writeUInt16LE(pngs.length, 4);
let offset = 6 + 16 * pngs.length;
const entries = pngs.map((png, i) => {
  const e = Buffer.alloc(16);
  e.writeUInt8(sizes[i] % 256, 0);
  e.writeUInt8(sizes[i] % 256, 1);
  e.writeUInt16LE(1, 4);
  e.writeUInt16LE(32, 6);
  e.writeUInt32LE(png.length, 8);
  e.writeUInt32LE(offset, 12);
  offset += png.length;
  return e;
});
fs.writeFileSync('app/favicon.ico', Buffer.concat([header, ...entries, ...pngs]));
console.log('wrote app/favicon.ico');
