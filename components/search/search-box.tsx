'use client';

import { useEffect, useId, useRef, useState } from 'react';

type Suggestion = { title: string; href: string };

/**
 * The words box of the search form, with suggestions as the reader types
 * (ARIA combobox with a listbox: ↓/↑ move, Enter opens the article, Esc
 * closes). Without JavaScript it is the plain input and the form still works.
 */
export function SearchBox({ defaultValue, className, describedBy }: { defaultValue: string; className: string; describedBy: string }) {
  const [value, setValue] = useState(defaultValue);
  const [items, setItems] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const typed = useRef(false);
  const listId = useId();

  useEffect(() => {
    // Only what the reader types asks for suggestions, not the query the page was opened with.
    if (!typed.current || value.trim().length < 2) {
      setItems([]);
      return;
    }
    const ctrl = new AbortController();
    // A short pause so a fast typist sends one request, not one per key.
    const timer = setTimeout(() => {
      fetch(`/api/v1/search/suggest?q=${encodeURIComponent(value)}`, { signal: ctrl.signal })
        .then((r) => (r.ok ? r.json() : { items: [] }))
        .then((d: { items: Suggestion[] }) => {
          setItems(d.items);
          setActive(-1);
          setOpen(true);
        })
        .catch(() => {});
    }, 150);
    return () => {
      clearTimeout(timer);
      ctrl.abort();
    };
  }, [value]);

  const shown = open && items.length > 0;
  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' && items.length) {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (a + 1) % items.length);
    } else if (e.key === 'ArrowUp' && items.length) {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (a <= 0 ? items.length - 1 : a - 1));
    } else if (e.key === 'Escape' && shown) {
      e.preventDefault();
      setOpen(false);
      setActive(-1);
    } else if (e.key === 'Enter' && shown && active >= 0) {
      e.preventDefault();
      window.location.assign(items[active]!.href);
    }
  };

  return (
    <div className="relative">
      <input
        id="tk-q"
        name="q"
        type="search"
        value={value}
        onChange={(e) => {
          typed.current = true;
          setValue(e.target.value);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        className={className}
        enterKeyHint="search"
        autoComplete="off"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={listId}
        aria-activedescendant={shown && active >= 0 ? `${listId}-${active}` : undefined}
        aria-describedby={describedBy}
      />
      <ul id={listId} role="listbox" aria-label="Gợi ý bài viết" hidden={!shown} className="absolute z-10 mt-1 w-full rounded border border-stone-300 bg-white shadow">
        {items.map((s, i) => (
          <li
            key={s.href}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className={`cursor-pointer px-2 py-1.5 text-sm ${i === active ? 'bg-stone-200' : ''}`}
            onMouseDown={(e) => {
              e.preventDefault();
              window.location.assign(s.href);
            }}
          >
            {s.title}
          </li>
        ))}
      </ul>
    </div>
  );
}
