'use client';

import { inputClass, labelClass } from '@/components/editor/form-status';
import { sectionName } from '@/lib/config/site';
import { formatVnShort } from '@/lib/text/vietnamese';

export type PickerOption = { id: string; title: string; category: string; publishedAt: string | null };

/** A labelled picker of published articles (newest first), with the section and date in each option. */
export function ArticleSelect(props: {
  id: string;
  label: string;
  options: PickerOption[];
  empty: string;
  name?: string;
  value?: string;
  defaultValue?: string;
  onChange?: (v: string) => void;
  error?: string;
  showSection?: boolean;
}) {
  const { id, label, options, empty, name, value, defaultValue, onChange, error, showSection = true } = props;
  return (
    <>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <select
        id={id}
        name={name}
        {...(onChange ? { value, onChange: (e: React.ChangeEvent<HTMLSelectElement>) => onChange(e.target.value) } : { defaultValue })}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-err` : undefined}
        className={`${inputClass} max-w-full`}
      >
        <option value="">{empty}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.title}
            {showSection ? ` — ${sectionName(o.category)}` : ''}
            {o.publishedAt ? ` (${formatVnShort(o.publishedAt)})` : ''}
          </option>
        ))}
      </select>
      {error && (
        <p id={`${id}-err`} className="mt-1 text-sm text-red-800">
          {error}
        </p>
      )}
    </>
  );
}
