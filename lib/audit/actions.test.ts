import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditActionLabel, auditActions } from './actions';
import { auditDetailText } from './detail-text';
import { auditTargetLink } from './targets';

const root = path.resolve(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.posix.join(dir, e.name);
    if (e.isDirectory()) return sources(rel);
    return /\.(ts|tsx)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [rel] : [];
  });
}

/** Every dotted action name written after `action:` in lib/ and app/ (ternaries included). */
function writtenActions(): { file: string; action: string }[] {
  return ['lib', 'app'].flatMap(sources).flatMap((file) => {
    const text = fs.readFileSync(path.join(root, file), 'utf8');
    return [...text.matchAll(/\baction:\s*([^,}\n]+)/g)].flatMap((m) => [...m[1]!.matchAll(/['"`]([a-z]+\.[a-z-]+)['"`]/g)].map((a) => ({ file, action: a[1]! })));
  });
}

describe('audit actions', () => {
  it('every action written anywhere has a Vietnamese label and a kind of target', () => {
    const written = writtenActions();
    // The scan finds the writers (a broken pattern would pass with nothing found).
    expect(written.map((w) => w.action)).toEqual(expect.arrayContaining(['media.upload', 'article.publish', 'user.deactivate', 'auth.two-step-reset', 'section.move']));
    expect(written.filter((w) => !Object.hasOwn(auditActions, w.action)).map((w) => `${w.file}: ${w.action}`)).toEqual([]);
    for (const [action, { label }] of Object.entries(auditActions)) {
      expect(label, action).toMatch(/[à-ỹđ]/iu);
      expect(label).not.toContain('.');
    }
    expect(auditActionLabel('media.upload')).toBe('Tải ảnh lên');
  });

  it('links each target to what it names', () => {
    const names = { articles: new Map([['a1', 'Quảng Nam ra quân']]), users: new Map([['u1', 'Minh Hải']]) };
    expect(auditTargetLink({ action: 'article.publish', target: 'a1', detail: { title: 'cũ' } }, names)).toEqual({ label: 'Quảng Nam ra quân', href: '/editor/bai/a1' });
    expect(auditTargetLink({ action: 'article.unpublish', target: 'gone', detail: { title: 'Bài đã xóa' } }, names)).toEqual({ label: 'Bài đã xóa', href: '/editor/bai/gone' });
    expect(auditTargetLink({ action: 'live.entry-add', target: 'e9', detail: { articleId: 'a1' } }, names)).toEqual({ label: 'Tường thuật: Quảng Nam ra quân', href: '/editor/bai/a1/truc-tiep' });
    expect(auditTargetLink({ action: 'media.upload', target: 'm1', detail: { name: 'ra-quan.jpg' } }, names)).toEqual({ label: 'ra-quan.jpg', href: '/editor/anh' });
    expect(auditTargetLink({ action: 'user.role-change', target: 'u1', detail: {} }, names)).toEqual({ label: 'Minh Hải', href: '/editor/nguoi-dung/u1' });
    expect(auditTargetLink({ action: 'section.update', target: 'the-thao', detail: {} }, names)).toEqual({ label: 'Chuyên mục the-thao', href: '/editor/chuyen-muc' });
    expect(auditTargetLink({ action: 'auth.sign-in-failed', target: 'la@x.vn', detail: {} }, names)).toEqual({ label: 'la@x.vn', href: null });
    expect(auditTargetLink({ action: 'auth.two-step-policy', target: null, detail: {} }, names)).toBeNull();
  });

  it('reads details in Vietnamese, times in GMT+7', () => {
    expect(auditDetailText({ email: 'a@b.vn', from: 'reporter', to: 'editor' })).toBe('Email: a@b.vn · Từ: Phóng viên · Thành: Biên tập viên');
    expect(auditDetailText({ publishedAt: '2026-11-27T01:30:00.000Z' })).toBe('Đăng lúc: 27/11/2026 08:30 (GMT+7)');
    expect(auditDetailText({ reason: 'wrong-password' })).toBe('Lý do: sai mật khẩu');
    expect(auditDetailText(null)).toBe('');
  });
});
