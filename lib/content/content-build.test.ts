import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The real content build (`npm run content`: contentlayer2 + the schema check)
 * on a copy of the project whose content/ holds one broken article: it must
 * fail, naming the file and the field.
 */
const root = path.resolve(import.meta.dirname, '../..');
const seed = fs.readFileSync(path.join(root, 'content/articles/2020-11-27-hoi-nghi-tong-ket-phoi-hop-hoat-dong-bo-chqs-tinh.mdx'), 'utf8');

function buildWith(article: string): { code: number; output: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bantin-content-'));
  for (const f of ['contentlayer.config.ts', 'tsconfig.json', 'package.json']) fs.copyFileSync(path.join(root, f), path.join(dir, f));
  for (const d of ['lib', 'scripts']) fs.cpSync(path.join(root, d), path.join(dir, d), { recursive: true });
  fs.cpSync(path.join(root, 'content/media'), path.join(dir, 'content/media'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'content/articles'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'content/articles/bai-hong.mdx'), article);
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  try {
    // Both streams: warnings go to stderr even when the build succeeds.
    const r = spawnSync('npm', ['run', '--silent', 'content'], { cwd: dir, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: '' } });
    return { code: r.status ?? 1, output: `${r.stdout}\n${r.stderr}` };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// Each case runs a real contentlayer2 build: slow on a busy machine, so a generous harness timeout.
describe('content build', { timeout: 180_000 }, () => {
  it('passes with the seed article', () => {
    const r = buildWith(seed);
    expect(r.output).toContain('1 articles checked');
    expect(r.code).toBe(0);
  });

  it('fails on a missing field, naming the file and the field', () => {
    const r = buildWith(seed.replace(/^summary:.*\n/m, ''));
    expect(r.code).not.toBe(0);
    expect(r.output).toContain('articles/bai-hong.mdx');
    expect(r.output).toMatch(/summary/);
  });

  // Sections are data (lib/sections): an unknown one is a warning naming the file and the field, not a failure.
  it('warns on a section that is not an initial one, naming the file and the field, and still builds', () => {
    const r = buildWith(seed.replace(/^category:.*$/m, 'category: the-thao-ngoai-hang'));
    expect(r.output).toMatch(/content\/articles\/bai-hong\.mdx: field "category"/);
    expect(r.code).toBe(0);
  });

  it('fails on a section slug that is not a slug', () => {
    const r = buildWith(seed.replace(/^category:.*$/m, 'category: "Thể thao"'));
    expect(r.code).not.toBe(0);
    expect(r.output).toMatch(/content\/articles\/bai-hong\.mdx: field "category"/);
  });

  it('fails on a date that is not a date', () => {
    const r = buildWith(seed.replace(/^publishedAt:.*$/m, 'publishedAt: "hôm qua"'));
    expect(r.code).not.toBe(0);
    expect(r.output).toMatch(/bai-hong\.mdx[\s\S]*publishedAt/);
  });

  it('fails on a script in the body, naming the line', () => {
    const r = buildWith(`${seed}\n<script>alert(1)</script>\n`);
    expect(r.code).not.toBe(0);
    expect(r.output).toMatch(/bai-hong\.mdx: body: Dòng \d+: Thẻ <script> không được phép/);
  });

  it('fails on a photo missing from content/media', () => {
    const r = buildWith(seed.replace('hoi-nghi-trao-bang-khen.jpg', 'khong-co-anh-nay.jpg'));
    expect(r.code).not.toBe(0);
    expect(r.output).toMatch(/bai-hong\.mdx: field "body <Figure src>": photo "khong-co-anh-nay.jpg" not found/);
  });
});
