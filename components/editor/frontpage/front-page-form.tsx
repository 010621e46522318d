'use client';

import { useActionState, useState } from 'react';
import { FormStatus, inputClass, labelClass, primaryButtonClass } from '@/components/editor/form-status';
import { saveFrontPageAction } from '@/lib/actions/frontpage';
import { idleFrontPageState } from '@/lib/actions/frontpage-state';
import { siteConfig } from '@/lib/config/site';
import { frontPageFields } from '@/lib/frontpage/schema';
import { type PickerOption, ArticleSelect } from './article-select';
import { type FeaturedRow, FeaturedList } from './featured-list';

export type FrontPageFormValues = {
  lead: { articleId: string; expires: string } | null;
  featured: FeaturedRow[];
  sections: Record<string, { articleId: string; expires: string }>;
};

/** An expiry field: a wall-clock time in Vietnam, empty for none. */
function Expiry({ id, name, label, value, onChange, error }: { id: string; name: string; label: string; value: string; onChange: (v: string) => void; error?: string }) {
  return (
    <div>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <input id={id} name={name} type="datetime-local" value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-err` : undefined} className={inputClass} />
      {error && (
        <p id={`${id}-err`} className="mt-1 text-sm text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}

/** The whole front page in one form: the lead, the featured stories in order, each section's top story. */
/** A stored section as the form offers it (lib/sections: any the admin made, in menu order). */
export type PinSection = { slug: string; name: string; parent: string | null };

export function FrontPageForm({ values, options, sections: offered }: { values: FrontPageFormValues; options: PickerOption[]; sections: PinSection[] }) {
  const [state, action, pending] = useActionState(saveFrontPageAction, idleFrontPageState);
  const errors = state.fieldErrors;
  // Controlled fields: React resets a form after its action, and must not put back the values the page first had.
  const [lead, setLead] = useState(values.lead ?? { articleId: '', expires: '' });
  const [sections, setSections] = useState(values.sections);
  const section = (slug: string) => sections[slug] ?? { articleId: '', expires: '' };
  const setSection = (slug: string, patch: Partial<{ articleId: string; expires: string }>) => setSections({ ...sections, [slug]: { ...section(slug), ...patch } });
  return (
    <form action={action} className="space-y-6">
      <fieldset className="space-y-3 rounded border border-stone-300 bg-white p-4">
        <legend className="px-1 text-lg font-bold text-stone-900">Tin chính</legend>
        <div>
          <ArticleSelect id="tin-chinh" name={frontPageFields.lead} label="Bài làm tin chính" options={options} value={lead.articleId} onChange={(v) => setLead({ ...lead, articleId: v })} empty="— Tự động: bài mới nhất có ảnh —" error={errors[frontPageFields.lead]} />
        </div>
        <Expiry id="tin-chinh-het-han" name={frontPageFields.leadExpires} label="Hết hạn ghim tin chính (giờ Việt Nam, để trống nếu không)" value={lead.expires} onChange={(v) => setLead({ ...lead, expires: v })} error={errors[frontPageFields.leadExpires]} />
      </fieldset>

      <fieldset className="space-y-3 rounded border border-stone-300 bg-white p-4">
        <legend className="px-1 text-lg font-bold text-stone-900">Tin nổi bật (tối đa {siteConfig.homeFeatured}, theo thứ tự)</legend>
        <FeaturedList initial={values.featured} options={options} errors={errors} />
      </fieldset>

      <fieldset className="space-y-4 rounded border border-stone-300 bg-white p-4">
        <legend className="px-1 text-lg font-bold text-stone-900">Tin đầu mỗi chuyên mục</legend>
        <p className="text-sm text-stone-700">Để trống: khối chuyên mục trên trang chủ bắt đầu bằng bài mới nhất của chuyên mục.</p>
        {offered.map((s) => (
          <div key={s.slug} className={`grid gap-2 sm:grid-cols-[2fr_1fr] ${s.parent ? 'sm:pl-6' : ''}`}>
            <div className="min-w-0">
              <ArticleSelect
                id={`cm-${s.slug}`}
                name={frontPageFields.section(s.slug)}
                label={`Tin đầu chuyên mục ${s.name}${s.parent ? ` (thuộc ${offered.find((p) => p.slug === s.parent)?.name ?? s.parent})` : ''}`}
                // A top-level section's page and home block list its sub-sections' stories too.
                options={options.filter((o) => o.category === s.slug || offered.some((c) => c.parent === s.slug && c.slug === o.category))}
                value={section(s.slug).articleId}
                onChange={(v) => setSection(s.slug, { articleId: v })}
                empty="— Tự động: bài mới nhất —"
                showSection={false}
                error={errors[frontPageFields.section(s.slug)]}
              />
            </div>
            <Expiry
              id={`cm-${s.slug}-het-han`}
              name={frontPageFields.sectionExpires(s.slug)}
              label={`Hết hạn ghim (${s.name})`}
              value={section(s.slug).expires}
              onChange={(v) => setSection(s.slug, { expires: v })}
              error={errors[frontPageFields.sectionExpires(s.slug)]}
            />
          </div>
        ))}
      </fieldset>

      <FormStatus state={{ status: state.status === 'saved' ? 'ok' : state.status, message: state.message }} />
      <button type="submit" disabled={pending} className={primaryButtonClass}>
        {pending ? 'Đang lưu…' : 'Lưu trang nhất'}
      </button>
    </form>
  );
}
