import { type FieldDefs, defineNestedType } from 'contentlayer2/source-files';
import type { z } from 'zod';

/**
 * contentlayer2 field definitions derived from the one zod article schema, so the
 * content/ frontmatter is described once. contentlayer checks presence and types at
 * build; the zod schema then checks everything else (scripts/check-content.ts).
 */
type Def = { type: string; innerType?: z.ZodType; element?: z.ZodType; entries?: Record<string, string>; format?: string; shape?: Record<string, z.ZodType> };
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** The schema under default/nullable/optional wrappers, and whether a file must give it. */
function unwrap(schema: z.ZodType): { inner: z.ZodType; required: boolean } {
  let inner = schema;
  let required = true;
  for (let d = defOf(inner); ['default', 'nullable', 'optional'].includes(d.type); d = defOf(inner)) {
    required = false;
    inner = d.innerType!;
  }
  return { inner, required };
}

const pascal = (key: string) => key.charAt(0).toUpperCase() + key.slice(1);

// contentlayer's definitions are a union of literal shapes; built from a runtime schema they are typed loosely here.
type Item = { type: string; options?: string[]; of?: unknown };

function item(schema: z.ZodType, name: string): Item {
  const d = defOf(schema);
  switch (d.type) {
    case 'string':
      return { type: d.format === 'datetime' ? 'date' : 'string' };
    case 'number':
      return { type: 'number' };
    case 'boolean':
      return { type: 'boolean' };
    case 'enum':
      return { type: 'enum', options: Object.values(d.entries!) };
    case 'array': {
      // A list of objects names the nested type itself; a list of scalars names the item's type.
      const of = item(unwrap(d.element!).inner, name);
      return { type: 'list', of: of.type === 'nested' ? of.of : of };
    }
    case 'object':
      return { type: 'nested', of: defineNestedType(() => ({ name, fields: contentlayerFields(d.shape!, name) })) };
    default:
      throw new Error(`contentlayer-fields: no contentlayer type for zod "${d.type}" (${name})`);
  }
}

export function contentlayerFields(shape: Record<string, z.ZodType>, prefix = ''): FieldDefs {
  const fields: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(shape)) {
    const { inner, required } = unwrap(schema);
    fields[key] = { ...item(inner, `${prefix}${pascal(key)}`), required };
  }
  return fields as FieldDefs;
}
