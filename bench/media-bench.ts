/**
 * How long the photo pipeline takes for a 24-megapixel camera JPEG, and how
 * much memory it needs: `npm run bench:media` (RUNS=7 by default).
 *
 * The photo is generated (6000 × 4000, gradient + gaussian noise, quality 90,
 * with EXIF) into bench/out/. Each run is a fresh child process that reads it
 * and calls processImage (sniff, header check, one decode with EXIF
 * orientation, 480/960/1600 in WebP and AVIF, blur placeholder), so the peak
 * RSS of a run (getrusage ru_maxrss) is that run's alone. Prints the median
 * and the spread, and the bytes of each variant.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { median } from './stats';

// Run from the project root (npm run bench:media does).
const ROOT = process.cwd();
const SELF = path.join(ROOT, 'bench', 'media-bench.ts');
const OUT = path.join(ROOT, 'bench', 'out');
const PHOTO = path.join(OUT, 'photo-24mp.jpg');

type RunResult = { ms: number; peakRssMb: number; baselineRssMb: number; variants: { slot: number; format: string; width: number; height: number; bytes: number }[] };

async function child(file: string) {
  const { processImage } = await import('@/lib/media/process-image');
  const bytes = fs.readFileSync(file);
  const baselineRssMb = process.memoryUsage().rss / 1024 / 1024;
  const started = performance.now();
  const out = await processImage(bytes);
  const ms = performance.now() - started;
  const result: RunResult = {
    ms,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    baselineRssMb,
    variants: out.variants.map((v) => ({ slot: v.slot, format: v.format, width: v.width, height: v.height, bytes: v.data.byteLength })),
  };
  process.stdout.write(JSON.stringify(result));
}

async function makePhoto() {
  if (fs.existsSync(PHOTO)) return;
  fs.mkdirSync(OUT, { recursive: true });
  const { photo } = await import('@/test/images');
  const img = await photo(6000, 4000);
  await img
    .withExif({ IFD0: { Artist: 'T.C', Make: 'Canon', Model: 'EOS R6' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '15/1 34/1 12/1' } })
    .jpeg({ quality: 90 })
    .toFile(PHOTO);
}


async function main() {
  if (process.argv[2] === '--child') return child(process.argv[3]!);
  await makePhoto();
  const meta = await sharp(PHOTO).metadata();
  const runs = Number(process.env.RUNS || 7);
  console.log(`photo: ${meta.width} × ${meta.height} JPEG, ${(fs.statSync(PHOTO).size / 1024 / 1024).toFixed(1)} MB (${PHOTO})`);
  console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model}, ${(os.totalmem() / 1024 ** 3).toFixed(1)} GB, Node ${process.version}, sharp ${sharp.versions.sharp} / libvips ${sharp.versions.vips}, sharp concurrency ${sharp.concurrency()}`);
  const results: RunResult[] = [];
  for (let i = 0; i < runs; i++) {
    const out = execFileSync(process.execPath, ['--import', 'tsx', SELF, '--child', PHOTO], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 10 * 1024 * 1024,
    });
    const r = JSON.parse(out) as RunResult;
    results.push(r);
    console.log(`run ${i + 1}: ${r.ms.toFixed(0)} ms, peak RSS ${r.peakRssMb.toFixed(0)} MB (before processing ${r.baselineRssMb.toFixed(0)} MB)`);
  }
  const ms = results.map((r) => r.ms);
  const rss = results.map((r) => r.peakRssMb);
  console.log(`\nmedian of ${runs}: ${median(ms).toFixed(0)} ms to all variants (min ${Math.min(...ms).toFixed(0)}, max ${Math.max(...ms).toFixed(0)}); peak RSS ${median(rss).toFixed(0)} MB (min ${Math.min(...rss).toFixed(0)}, max ${Math.max(...rss).toFixed(0)})`);
  console.log('\nvariants:');
  for (const v of results[0]!.variants) console.log(`  ${String(v.slot).padStart(4)} ${v.format.padEnd(4)} ${v.width} × ${v.height}  ${(v.bytes / 1024).toFixed(0)} KB`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
