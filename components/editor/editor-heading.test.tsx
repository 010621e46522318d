import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CorrectionsList } from './corrections-list';
import { EditorHeading } from './editor-heading';

// The parts split out of article-editor.tsx keep the words and hooks the e2e specs and screen readers rely on.
describe('EditorHeading', () => {
  it('a new article: its heading, "Chưa lưu", and unsaved changes announced in the status region', () => {
    const html = renderToStaticMarkup(<EditorHeading view={null} version={0} note={null} dirty publicUrl={null} />);
    expect(html).toContain('Viết bài mới');
    expect(html).toContain('data-testid="article-status">Chưa lưu<');
    expect(html).toMatch(/role="status"[^>]*>Có thay đổi chưa lưu\.</);
    expect(html).not.toContain('Lịch sử phiên bản');
    expect(html).not.toContain('Phiên bản 0');
  });

  it('a save note replaces the unsaved-changes line, coloured by its kind', () => {
    const html = renderToStaticMarkup(<EditorHeading view={null} version={0} note={{ kind: 'error', text: 'Chưa lưu được.' }} dirty publicUrl="/bai/x" />);
    expect(html).toMatch(/role="status"[^>]*class="font-semibold text-red-800"[^>]*>Chưa lưu được\.</);
    expect(html).not.toContain('Có thay đổi chưa lưu.');
    expect(html).toContain('href="/bai/x"');
  });
});

describe('CorrectionsList', () => {
  it('shows nothing without corrections, and each correction with its GMT+7 time', () => {
    expect(renderToStaticMarkup(<CorrectionsList corrections={[]} />)).toBe('');
    const html = renderToStaticMarkup(<CorrectionsList corrections={[{ id: 'c1', text: 'Sửa tên xã.', createdAt: '2026-11-29T01:00:00.000Z' }]} />);
    expect(html).toContain('Đính chính đã đăng');
    expect(html).toContain('29/11/2026');
    expect(html).toContain('Sửa tên xã.');
  });
});
