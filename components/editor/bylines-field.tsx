'use client';

import { bylineRoleLabels, bylineRoles } from '@/lib/validations/article';

type Byline = { name: string; role: string };

/**
 * One or more bylines: a name and a role (reporter, photographer, a group
 * such as "Nhóm PV", or a source credit such as "Theo TTXVN").
 */
export function BylinesField({
  value,
  onChange,
  disabled,
  errors,
}: {
  value: Byline[];
  onChange: (next: Byline[]) => void;
  disabled?: boolean;
  errors: Record<string, string>;
}) {
  const rows = value.length ? value : [{ name: '', role: 'reporter' }];
  const set = (i: number, patch: Partial<Byline>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const groupError = errors.bylines;
  return (
    <fieldset disabled={disabled} className="rounded border border-stone-300 p-3" aria-describedby={groupError ? 'bylines-error' : 'bylines-help'}>
      <legend className="px-1 font-semibold text-stone-900">Tác giả</legend>
      <p id="bylines-help" className="text-xs text-stone-700">
        Một hoặc nhiều dòng: tên và vai trò. Ví dụ “Nhóm PV” (nhóm phóng viên) hoặc “Theo TTXVN” (nguồn).
      </p>
      <ul className="mt-2 space-y-2">
        {rows.map((b, i) => {
          const nameError = errors[`bylines.${i}.name`];
          const roleError = errors[`bylines.${i}.role`];
          return (
            <li key={i} className="flex flex-wrap items-end gap-2">
              <div className="min-w-48 flex-1">
                <label htmlFor={`bylines-${i}-name`} className="block text-sm font-semibold">
                  Tên tác giả {rows.length > 1 ? i + 1 : ''}
                </label>
                <input
                  id={`bylines-${i}-name`}
                  name={`bylines.${i}.name`}
                  value={b.name}
                  onChange={(e) => set(i, { name: e.target.value })}
                  aria-invalid={nameError ? true : undefined}
                  aria-describedby={nameError ? `bylines-${i}-name-error` : undefined}
                  className="mt-1 block w-full rounded border border-stone-400 bg-white px-2 py-1.5"
                />
                {nameError && (
                  <p id={`bylines-${i}-name-error`} className="mt-1 text-sm text-red-800">
                    {nameError}
                  </p>
                )}
              </div>
              <div>
                <label htmlFor={`bylines-${i}-role`} className="block text-sm font-semibold">
                  Vai trò
                </label>
                <select
                  id={`bylines-${i}-role`}
                  name={`bylines.${i}.role`}
                  value={b.role}
                  onChange={(e) => set(i, { role: e.target.value })}
                  aria-invalid={roleError ? true : undefined}
                  className="mt-1 block rounded border border-stone-400 bg-white px-2 py-1.5"
                >
                  {bylineRoles.map((r) => (
                    <option key={r} value={r}>
                      {bylineRoleLabels[r]}
                    </option>
                  ))}
                </select>
              </div>
              {rows.length > 1 && (
                <button
                  type="button"
                  onClick={() => onChange(rows.filter((_, j) => j !== i))}
                  className="rounded border border-stone-400 bg-white px-2 py-1.5 text-sm hover:bg-stone-100"
                >
                  Bỏ tác giả {i + 1}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        onClick={() => onChange([...rows, { name: '', role: 'reporter' }])}
        disabled={rows.length >= 10}
        className="mt-2 rounded border border-stone-400 bg-white px-2 py-1 text-sm font-semibold hover:bg-stone-100"
      >
        Thêm tác giả
      </button>
      {groupError && (
        <p id="bylines-error" className="mt-1 text-sm text-red-800">
          {groupError}
        </p>
      )}
    </fieldset>
  );
}
