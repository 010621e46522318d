'use client';

import { useId } from 'react';

/** One labelled text field of a card in the body (caption, credit, alt, quote author…). */
export function CardField({ label, value, onChange, disabled, hint }: { label: string; value: string; onChange: (v: string) => void; disabled?: boolean; hint?: string }) {
  const id = useId();
  return (
    <div className="min-w-0">
      <label htmlFor={id} className="block text-xs font-semibold text-stone-800">
        {label}
      </label>
      <input
        id={id}
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value)}
        placeholder={hint}
        className="w-full min-w-0 rounded border border-stone-400 bg-white px-2 py-1 text-sm"
      />
    </div>
  );
}
