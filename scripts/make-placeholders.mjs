// Makes the clearly marked placeholder photos of content/media (the real
// photos of the seed article are not available). Run once; the JPEGs are kept in git.
import sharp from 'sharp';

const photos = [
  ['hoi-nghi-ky-ket-chuong-trinh.jpg', 'Ký kết chương trình phối hợp 2021 – 2025', '#4b5563'],
  ['hoi-nghi-trao-bang-khen.jpg', 'Trao bằng khen các tập thể xuất sắc', '#57534e'],
];

for (const [file, label, color] of photos) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1067" viewBox="0 0 1600 1067">
  <defs><pattern id="p" width="40" height="40" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="20" height="40" fill="${color}"/><rect x="20" width="20" height="40" fill="#6b7280"/></pattern></defs>
  <rect width="1600" height="1067" fill="url(#p)"/>
  <rect x="200" y="330" width="1200" height="400" rx="24" fill="#ffffff" fill-opacity="0.92"/>
  <text x="800" y="460" font-family="DejaVu Sans" font-size="72" font-weight="bold" text-anchor="middle" fill="#991b1b">ẢNH MINH HỌA</text>
  <text x="800" y="545" font-family="DejaVu Sans" font-size="38" text-anchor="middle" fill="#1f2937">Ảnh gốc không có sẵn — ảnh thay thế</text>
  <text x="800" y="625" font-family="DejaVu Sans" font-size="34" text-anchor="middle" fill="#374151">${label}</text>
</svg>`;
  await sharp(Buffer.from(svg)).jpeg({ quality: 82, mozjpeg: true }).toFile(`content/media/${file}`);
  console.log('wrote', file);
}
