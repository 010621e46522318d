import { z } from 'zod';
import { backupTables } from './tables';

/** What `manifest.json`, the archive's first entry, says about the rest. */
export const FORMAT = 'bantin-backup';
export const FORMAT_VERSION = 1;

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);

export const manifestSchema = z.object({
  format: z.literal(FORMAT),
  formatVersion: z.literal(FORMAT_VERSION),
  createdAt: z.string(),
  engine: z.enum(['sqlite', 'postgres']),
  /** Applied migrations, oldest first: the schema version the rows belong to. */
  migrations: z.array(z.string()).min(1),
  tables: z.record(z.enum(backupTables), z.object({ rows: z.number().int().nonnegative(), sha256: hex64 })),
  media: z.array(z.object({ key: z.string(), bytes: z.number().int().nonnegative(), sha256: hex64 })),
  /** Media keys a media row named but the store no longer had when the files were copied. */
  missingMedia: z.array(z.string()),
  files: z.record(z.string(), z.object({ sha256: hex64 })),
});

export type Manifest = z.infer<typeof manifestSchema>;

export const tableEntry = (t: string) => `db/${t}.jsonl`;
export const mediaEntry = (key: string) => `media/${key}`;
export const fileEntry = (name: string) => `files/${name}`;
