/**
 * Who fires scheduled go-lives (./go-live.ts). On PostgreSQL, one instance of the fleet: the
 * one holding a session-level advisory lock on a connection of its own. The others try for
 * it every few seconds; if the leader dies its connection drops, PostgreSQL frees the lock,
 * and the next try elsewhere takes over (firing at once any go-live missed meanwhile). The
 * leader LISTENs on the same connection, so a schedule saved on any instance re-arms its
 * timer (goLiveChanged → NOTIFY). On SQLite (one process by design) this process fires.
 */
import type { Client } from 'pg';
import { env } from '@/lib/env';
import { dialectName } from '@/lib/db';
import { GO_LIVE_CHANNEL, GoLiveTimer, setLocalRearm } from './go-live';

/** One number per site for pg_try_advisory_lock ("bantin go-live"). */
export const GO_LIVE_LOCK_KEY = 0x62746e67;
/** How often a follower tries to become the leader. */
export const LEADER_RETRY_MS = 3_000;

type Log = (...args: unknown[]) => void;

/** One instance's bid for leadership, with the timer it runs while it leads. */
export class GoLiveLeader {
  private client: Client | null = null;
  private timer: GoLiveTimer | null = null;
  private retry: ReturnType<typeof setInterval> | undefined;
  private trying = false;
  private stopped = false;

  constructor(
    private readonly connectionString: string,
    private readonly log: Log = console.log,
    private readonly retryMs = LEADER_RETRY_MS,
  ) {}

  get isLeader(): boolean {
    return this.timer !== null;
  }

  start(): void {
    void this.tryLead();
    this.retry = setInterval(() => void this.tryLead(), this.retryMs);
    this.retry.unref?.();
  }

  /** Try for the lock once (no-op while leading). */
  async tryLead(): Promise<boolean> {
    if (this.stopped || this.trying || this.timer) return this.isLeader;
    this.trying = true;
    try {
      if (!this.client) {
        const { Client } = require('pg') as typeof import('pg');
        const client = new Client({ connectionString: this.connectionString, application_name: 'bantin-go-live' });
        // A dropped connection (the database restarted, the network) ends leadership; the next try reconnects.
        client.on('error', (error) => this.lose(client, error.message));
        client.on('end', () => this.lose(client, 'connection closed'));
        await client.connect();
        this.client = client;
      }
      const { rows } = await this.client.query<{ locked: boolean }>('select pg_try_advisory_lock($1) as locked', [GO_LIVE_LOCK_KEY]);
      if (!rows[0]?.locked || this.stopped) return false;
      const timer = new GoLiveTimer(this.log);
      this.client.on('notification', (n) => {
        if (n.channel === GO_LIVE_CHANNEL) void timer.arm();
      });
      await this.client.query(`listen ${GO_LIVE_CHANNEL}`);
      this.timer = timer;
      this.log('[bản tin] go-live: this instance fires scheduled articles for the fleet');
      await timer.arm();
      return true;
    } catch (error) {
      const client = this.client;
      if (client) this.lose(client, (error as Error).message);
      return false;
    } finally {
      this.trying = false;
    }
  }

  private lose(client: Client, why: string): void {
    if (this.client !== client) return;
    this.client = null;
    if (this.timer) this.log(`[bản tin] go-live: leadership lost (${why}); another instance takes over`);
    this.timer?.stop();
    this.timer = null;
    client.removeAllListeners('notification');
    void client.end().catch(() => {});
  }

  /** Stop leading and trying (the lock goes with the connection). */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.retry);
    this.timer?.stop();
    this.timer = null;
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => {});
  }
}

const holder = globalThis as unknown as { __bantinGoLive?: { stop(): void | Promise<void> } };

/** Called once per process from instrumentation.ts, after start-up. */
export function startGoLive(log: Log = console.log): void {
  if (holder.__bantinGoLive) return;
  if (dialectName() === 'postgres') {
    const leader = new GoLiveLeader(env().DATABASE_URL!, log);
    leader.start();
    holder.__bantinGoLive = leader;
    return;
  }
  const timer = new GoLiveTimer(log);
  setLocalRearm(() => void timer.arm());
  holder.__bantinGoLive = timer;
  void timer.arm();
}
