'use client';

import { type ReactNode, useId, useState } from 'react';

/** The section menu on a phone: one button opens the whole list (server-rendered children), so nothing scrolls sideways. */
export function MenuToggle({ label, children }: { label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="mx-auto max-w-6xl px-4 sm:hidden">
      <button type="button" aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)} className="flex min-h-11 items-center gap-2 py-2 text-sm font-bold text-stone-900">
        <span aria-hidden="true" className="text-lg leading-none">
          {open ? '✕' : '☰'}
        </span>
        {label}
      </button>
      <div id={id} hidden={!open}>
        {children}
      </div>
    </div>
  );
}
