import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDb, getDb } from '@/lib/db';
import { freshDb, testDialects } from '@/test/test-db';
import { seedPeople } from '@/test/users-fixture';
import { sql } from 'kysely';

afterAll(closeDb);

/**
 * `kill -9` of a server in the middle of a burst of saves (the attack suite's
 * last class): every save the process acknowledged is in the database after,
 * and the database is whole. Writes are transactions (BEGIN IMMEDIATE on
 * SQLite, WAL), so a killed process leaves either all of a save or none.
 */
describe.each(testDialects)('a killed writer (%s)', (dialect) => {
  it('loses no acknowledged save and leaves no half-written one', async () => {
    await freshDb(dialect);
    const people = await seedPeople();
    await closeDb();
    const acked = new Map<string, number>();
    // The writer itself, not the tsx CLI (which runs scripts in a child process a signal would miss).
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/backup-burst.ts'], {
      env: { ...process.env, BURST_ACTOR: people.editor.id, BURST_SAVES: '100000', BURST_COVER: '/anh/bia.jpg' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let buf = '';
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    await new Promise<void>((resolve) => {
      child.stdout.on('data', (c: Buffer) => {
        buf += c.toString();
        for (let i = buf.indexOf('\n'); i >= 0; i = buf.indexOf('\n')) {
          const { id, version } = JSON.parse(buf.slice(0, i)) as { id: string; version: number };
          acked.set(id, version);
          buf = buf.slice(i + 1);
        }
        // Killed mid-burst, at a moment it does not choose.
        if (acked.size >= 15) resolve();
      });
    });
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    const db = getDb();
    const rows = await db.selectFrom('articles').select(['id', 'version']).where('source', '=', 'db').execute();
    const versions = new Map(rows.map((r) => [r.id, Number(r.version)]));
    for (const [id, v] of acked) expect(versions.get(id) ?? 0, id).toBeGreaterThanOrEqual(v);
    // Whole saves only: each article's newest revision is its version.
    const revs = await db.selectFrom('revisions').select(['article_id', sql<number>`max(version)`.as('v')]).groupBy('article_id').execute();
    expect(new Map(revs.map((r) => [r.article_id, Number(r.v)]))).toEqual(versions);
    if (dialect === 'sqlite') expect((await sql<{ integrity_check: string }>`pragma integrity_check`.execute(db)).rows).toEqual([{ integrity_check: 'ok' }]);
  }, 300_000);
});
