/** JSON lives in text columns on both engines. */
/** A JSON text column, or the fallback when it is empty or unreadable. */
export function parseJson<T>(text: string | null, fallback: T): T {
  if (!text) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}
