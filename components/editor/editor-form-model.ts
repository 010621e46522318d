/**
 * The editor form's state in the browser: the article fields as the inputs
 * hold them (strings), converted from/to what the server sends. Field names
 * on the page are the schema's (see articleFormSchema).
 */
import type { RevisionSnapshot } from '@/lib/articles/editor-reads';
import type { ArticleFields } from '@/lib/validations/article';

export type FormFields = {
  title: string;
  slug: string;
  summary: string;
  body: string;
  category: string;
  /** "a, b, c" */
  tags: string;
  dateline: string;
  bylines: { name: string; role: string }[];
  cover: { src: string; alt: string; caption: string; credit: string };
};

export const emptyCover = { src: '', alt: '', caption: '', credit: '' };

export function fieldsToForm(f: Pick<ArticleFields, 'title' | 'slug' | 'summary' | 'body' | 'category' | 'tags' | 'dateline' | 'bylines' | 'cover'>): FormFields {
  return {
    title: f.title,
    slug: f.slug,
    summary: f.summary,
    body: f.body,
    category: f.category,
    tags: f.tags.join(', '),
    dateline: f.dateline ?? '',
    bylines: f.bylines.map((b) => ({ name: b.name, role: b.role })),
    cover: f.cover ? { src: f.cover.src, alt: f.cover.alt ?? '', caption: f.cover.caption ?? '', credit: f.cover.credit ?? '' } : { ...emptyCover },
  };
}

export function snapshotToForm(s: RevisionSnapshot): FormFields {
  return fieldsToForm(s);
}

/** Stable text of the fields, to tell whether anything changed since the last save. */
export function formKey(f: FormFields): string {
  return JSON.stringify([f.title, f.slug, f.summary, f.body, f.category, f.tags, f.dateline, f.bylines, f.cover]);
}

/** The fields as FormData, exactly as the form itself would submit them. */
export function appendFormFields(data: FormData, f: FormFields): FormData {
  data.set('title', f.title);
  data.set('slug', f.slug);
  data.set('summary', f.summary);
  data.set('body', f.body);
  data.set('category', f.category);
  data.set('tags', f.tags);
  data.set('dateline', f.dateline);
  f.bylines.forEach((b, i) => {
    data.set(`bylines.${i}.name`, b.name);
    data.set(`bylines.${i}.role`, b.role);
  });
  data.set('cover.src', f.cover.src);
  data.set('cover.alt', f.cover.alt);
  data.set('cover.caption', f.cover.caption);
  data.set('cover.credit', f.cover.credit);
  return data;
}

/** Labels of the fields, for the conflict screen and the diff. */
export const fieldLabels = {
  title: 'Tiêu đề',
  slug: 'Đường dẫn',
  summary: 'Sapo',
  body: 'Nội dung',
  category: 'Chuyên mục',
  tags: 'Thẻ',
  dateline: 'Nơi đưa tin',
  bylines: 'Tác giả',
  cover: 'Ảnh bìa',
} as const;

/** Each field as one text, for side-by-side comparison and copying. */
export function formAsTexts(f: FormFields): Record<keyof typeof fieldLabels, string> {
  return {
    title: f.title,
    slug: f.slug,
    summary: f.summary,
    body: f.body,
    category: f.category,
    tags: f.tags,
    dateline: f.dateline,
    bylines: f.bylines.map((b) => `${b.name} (${b.role})`).join('\n'),
    cover: f.cover.src ? [f.cover.src, `alt: ${f.cover.alt}`, `chú thích: ${f.cover.caption}`, `ảnh: ${f.cover.credit}`].join('\n') : '',
  };
}

/** The unsaved local copy kept in localStorage, the last resort if everything else fails. */
export type LocalCopy = { fields: FormFields; baseVersion: number; savedAt: string };

export const localCopyKey = (id: string | null) => `bantin:bai:${id ?? 'moi'}`;

export function readLocalCopy(id: string | null): LocalCopy | null {
  try {
    const raw = window.localStorage.getItem(localCopyKey(id));
    if (!raw) return null;
    const parsed = JSON.parse(raw) as LocalCopy;
    return parsed && typeof parsed === 'object' && parsed.fields && typeof parsed.fields.body === 'string' ? parsed : null;
  } catch {
    return null;
  }
}

export function writeLocalCopy(id: string | null, copy: LocalCopy): void {
  try {
    window.localStorage.setItem(localCopyKey(id), JSON.stringify(copy));
  } catch {
    // Storage full or disabled: the server autosave still runs.
  }
}

export function clearLocalCopy(id: string | null): void {
  try {
    window.localStorage.removeItem(localCopyKey(id));
  } catch {
    // ignore
  }
}
