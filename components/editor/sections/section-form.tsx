'use client';

import { useActionState, useId } from 'react';
import { FieldError, FormStatus, inputClass, labelClass, primaryButtonClass } from '@/components/editor/form-status';
import { saveSectionAction } from '@/lib/actions/sections';
import { idleSectionState } from '@/lib/actions/section-state';

export type SectionValues = { slug: string; name: string; description: string; parent: string | null };

/**
 * Add a section (no `section`) or edit one: name, slug, description, parent.
 * Field names are the schema's (lib/sections/schema.ts).
 */
export function SectionForm({ section, parents }: { section?: SectionValues; parents: { slug: string; name: string }[] }) {
  const [state, action, pending] = useActionState(saveSectionAction, idleSectionState);
  const id = useId();
  const f = (name: string) => `${id}-${name}`;
  const err = (name: string) => state.fieldErrors[name];
  const described = (name: string, hint?: boolean) => [err(name) ? f(`${name}-loi`) : '', hint ? f(`${name}-goi-y`) : ''].filter(Boolean).join(' ') || undefined;
  const choices = parents.filter((p) => p.slug !== section?.slug);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="original" value={section?.slug ?? ''} />
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor={f('name')} className={labelClass}>
            Tên chuyên mục
          </label>
          <input id={f('name')} name="name" required maxLength={60} defaultValue={section?.name ?? ''} className={inputClass} aria-invalid={err('name') ? true : undefined} aria-describedby={described('name')} />
          <FieldError id={f('name-loi')} message={err('name')} />
        </div>
        <div>
          <label htmlFor={f('slug')} className={labelClass}>
            Đường dẫn
          </label>
          <input
            id={f('slug')}
            name="slug"
            maxLength={60}
            defaultValue={section?.slug ?? ''}
            className={inputClass}
            aria-invalid={err('slug') ? true : undefined}
            aria-describedby={described('slug', true)}
            autoCapitalize="none"
            spellCheck={false}
          />
          <p id={f('slug-goi-y')} className="mt-1 text-xs text-stone-600">
            {section ? 'Đổi đường dẫn: các bài chuyển theo, địa chỉ cũ tự chuyển (301) sang địa chỉ mới.' : 'Để trống: tạo từ tên, bỏ dấu (ví dụ: nong-nghiep).'}
          </p>
          <FieldError id={f('slug-loi')} message={err('slug')} />
        </div>
        <div>
          <label htmlFor={f('parent')} className={labelClass}>
            Chuyên mục cha
          </label>
          <select id={f('parent')} name="parent" defaultValue={section?.parent ?? ''} className={inputClass} aria-invalid={err('parent') ? true : undefined} aria-describedby={described('parent')}>
            <option value="">Không (chuyên mục chính)</option>
            {choices.map((p) => (
              <option key={p.slug} value={p.slug}>
                {p.name}
              </option>
            ))}
          </select>
          <FieldError id={f('parent-loi')} message={err('parent')} />
        </div>
        <div>
          <label htmlFor={f('description')} className={labelClass}>
            Mô tả
          </label>
          <input id={f('description')} name="description" maxLength={300} defaultValue={section?.description ?? ''} className={inputClass} aria-invalid={err('description') ? true : undefined} aria-describedby={described('description')} />
          <FieldError id={f('description-loi')} message={err('description')} />
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={primaryButtonClass} disabled={pending}>
          {section ? 'Lưu chuyên mục' : 'Thêm chuyên mục'}
        </button>
        <FormStatus state={state} />
      </div>
    </form>
  );
}
