/** Label, description and error wiring shared by the editor form's fields (ids from the schema's field names). */
export const inputClass = 'mt-1 block w-full rounded border border-stone-400 bg-white px-2 py-1.5 disabled:bg-stone-100';

const idOf = (name: string) => name.replace(/\./g, '-');

export function fieldHelpers(errors: Record<string, string>) {
  return {
    err: (name: string) => errors[name],
    describe: (name: string, help?: boolean) => [errors[name] ? `${idOf(name)}-error` : null, help ? `${idOf(name)}-help` : null].filter(Boolean).join(' ') || undefined,
    fieldError: (name: string) =>
      errors[name] ? (
        <p id={`${idOf(name)}-error`} className="mt-1 text-sm text-red-800">
          {errors[name]}
        </p>
      ) : null,
  };
}
