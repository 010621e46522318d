/**
 * A photo file dropped on the body or pasted into it: a placeholder card at that place
 * while it uploads through the photo panel's route (POST /api/media, which checks and
 * re-encodes), then the real <Figure> card in its place, or the placeholder removed and
 * the server's reason shown. The placeholder is never written to the MDX (stripUploads).
 */
import type { Editor } from '@tiptap/core';
import type { Node as ProseNode } from '@tiptap/pm/model';
import { mediaConfig } from '@/lib/config/site';
import type { PmDoc, PmNode } from '@/lib/editor-mdx/model';
import type { MediaSummary } from '@/lib/media/types';
import { mb, uploadOne } from '../upload-client';
import { uploadProgress } from './upload-card';

/** Two at a time, as the photo panel: the server re-encodes at most two per process anyway. */
const PARALLEL = 2;
let counter = 0;

function findPlaceholder(editor: Editor, uploadId: string): { pos: number; node: ProseNode } | null {
  let found: { pos: number; node: ProseNode } | null = null;
  editor.state.doc.descendants((node, pos) => {
    if (found) return false;
    if (node.type.name === 'figureUpload' && node.attrs.uploadId === uploadId) found = { pos, node };
    return !found;
  });
  return found;
}

function settle(editor: Editor, uploadId: string, media: MediaSummary | null) {
  uploadProgress.delete(uploadId);
  if (editor.isDestroyed) return;
  const at = findPlaceholder(editor, uploadId);
  // Undone or deleted while uploading: the reporter no longer wants it here.
  if (!at) return;
  const { tr, schema } = editor.state;
  if (media) tr.replaceWith(at.pos, at.pos + at.node.nodeSize, schema.nodes.figure!.create({ src: media.ref, alt: media.alt, caption: media.caption, credit: media.credit }));
  else tr.delete(at.pos, at.pos + at.node.nodeSize);
  editor.view.dispatch(tr);
}

/** Uploads `files` into the body at document position `pos`; refusals go to `onError`, one message a file. */
export function uploadIntoBody(editor: Editor, files: File[], pos: number, onError: (message: string) => void) {
  const jobs = files.map((file) => ({ file, uploadId: `u${Date.now().toString(36)}-${++counter}` }));
  // Dropped at the very start or end of a paragraph: the card goes before or after it,
  // rather than splitting it and leaving an empty paragraph behind.
  const $pos = editor.state.doc.resolve(Math.min(pos, editor.state.doc.content.size));
  const at = $pos.parent.isTextblock && $pos.depth > 0 ? ($pos.parentOffset === 0 ? $pos.before() : $pos.parentOffset === $pos.parent.content.size ? $pos.after() : pos) : pos;
  editor
    .chain()
    .insertContentAt(
      at,
      jobs.map(({ file, uploadId }) => ({ type: 'figureUpload', attrs: { uploadId, name: file.name } })),
    )
    .run();
  const next = async (): Promise<void> => {
    const job = jobs.shift();
    if (!job) return;
    const { file, uploadId } = job;
    // Refused here only for size, so a 200 MB video is not sent; every other check is the server's.
    if (file.size > mediaConfig.maxBytes) {
      settle(editor, uploadId, null);
      onError(`${file.name}: ảnh quá lớn (${mb(file.size)}). Giới hạn là ${mb(mediaConfig.maxBytes)} mỗi ảnh.`);
    } else {
      uploadProgress.set(uploadId, { percent: 0, processing: false });
      const result = await uploadOne(file, (f) => uploadProgress.set(uploadId, { percent: Math.round(f * 100), processing: f >= 1 }));
      if (result.ok) settle(editor, uploadId, result.media);
      else {
        settle(editor, uploadId, null);
        onError(`${file.name}: ${result.message}`);
      }
    }
    return next();
  };
  void Promise.all(Array.from({ length: Math.min(PARALLEL, jobs.length) }, next));
}

/** The document without upload placeholders: what the MDX, the form and autosave see. */
export function stripUploads(doc: PmDoc): PmDoc {
  const strip = (list: PmNode[]): PmNode[] => list.filter((c) => c.type !== 'figureUpload').map((c) => (c.content ? { ...c, content: strip(c.content) } : c));
  return { ...doc, content: strip(doc.content) };
}
