/** The outcome of a form, announced to screen readers (role=status / alert). */
export function FormStatus({ state }: { state: { status: 'idle' | 'ok' | 'error'; message?: string } }) {
  if (state.status === 'idle' || !state.message) return <p role="status" className="sr-only" />;
  if (state.status === 'ok')
    return (
      <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">
        {state.message}
      </p>
    );
  return (
    <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
      {state.message}
    </p>
  );
}

/** The message under a field, tied to it with aria-describedby. */
export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1 text-sm text-red-800">
      {message}
    </p>
  );
}

export const inputClass = 'mt-1 w-full rounded border border-stone-400 bg-white px-3 py-2 text-base';
export const labelClass = 'block text-sm font-semibold text-stone-800';
export const primaryButtonClass = 'rounded bg-[var(--color-brand)] px-4 py-2 font-semibold text-white hover:bg-[var(--color-brand-dark)] disabled:opacity-70';
export const secondaryButtonClass = 'rounded border border-stone-400 bg-white px-3 py-1.5 text-sm font-semibold text-stone-800 hover:bg-stone-100 disabled:opacity-70';
