import { describe, expect, it } from 'vitest';
import type { PmDoc } from '@/lib/editor-mdx/model';
import { docToMdx } from '@/lib/editor-mdx/to-mdx';
import { stripUploads } from './drop-upload';

describe('stripUploads', () => {
  it('keeps upload placeholders out of the MDX, at any depth, and leaves the rest alone', () => {
    const doc: PmDoc = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Đoạn một.' }] },
        { type: 'figureUpload', attrs: { uploadId: 'u1', name: 'a.jpg' } },
        { type: 'quote', attrs: { author: 'Ông A', role: null, inline: false }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Lời.' }] }, { type: 'figureUpload', attrs: { uploadId: 'u2', name: 'b.jpg' } }] },
      ],
    };
    const out = stripUploads(doc);
    expect(JSON.stringify(out)).not.toContain('figureUpload');
    expect(out.content).toHaveLength(2);
    expect(docToMdx(out)).toContain('Đoạn một.');
  });
});
