import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Imports point down: app → components → lib; lib never imports up, and no two lib folders import each other. */
const root = path.resolve(import.meta.dirname, '..');

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.posix.join(dir, e.name);
    if (e.isDirectory()) return sources(rel);
    return /\.(ts|tsx)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [rel] : [];
  });
}

/** Each import of a lib file, as the repository path it names (without extension). */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  return [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"]([^'"]+)['"]/g)].flatMap(([, spec]) => {
    if (spec.startsWith('@/')) return [spec.slice(2)];
    if (spec.startsWith('.')) return [path.posix.normalize(path.posix.join(path.posix.dirname(file), spec))];
    return [];
  });
}

const folderOf = (p: string) => p.split('/').slice(0, 2).join('/');
const libFiles = sources('lib');

describe('layering', () => {
  it('lib imports neither components nor app', () => {
    const upward = libFiles.flatMap((f) => importsOf(f).filter((i) => /^(components|app)\//.test(i)).map((i) => `${f} → ${i}`));
    expect(upward).toEqual([]);
  });

  it('no two lib folders import each other', () => {
    const edges = new Map<string, Set<string>>();
    for (const f of libFiles) {
      for (const i of importsOf(f)) {
        if (!i.startsWith('lib/') || folderOf(i) === folderOf(f) || !fs.existsSync(path.join(root, folderOf(i)))) continue;
        if (!fs.statSync(path.join(root, folderOf(i))).isDirectory()) continue;
        const from = folderOf(f);
        if (!edges.has(from)) edges.set(from, new Set());
        edges.get(from)!.add(folderOf(i));
      }
    }
    const both = [...edges].flatMap(([a, tos]) => [...tos].filter((b) => a < b && edges.get(b)?.has(a)).map((b) => `${a} ↔ ${b}`));
    expect(both).toEqual([]);
  });
});
