import type { Node } from 'unist';

/**
 * Two mdast trees say the same thing: equal once positions are dropped and JSX
 * attributes are compared by name (their order changes nothing on the page).
 * This is the round trip's documented normalisation; anything beyond it is a change.
 */
export function sameTree(a: Node, b: Node): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (k === 'position' || k === 'data') continue;
    out[k] = k === 'attributes' && Array.isArray(v) ? [...v].map(canonical).sort((x, y) => String((x as { name?: string }).name).localeCompare(String((y as { name?: string }).name))) : canonical(v);
  }
  return out;
}
