/** Runs once when a server starts (not during `next build`). */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    // With REDIS_URL, the page cache is shared by every instance (lib/cache/redis-client.ts).
    const { startSharedCache } = await import('@/lib/cache/redis-client');
    startSharedCache();
    const { runStartup } = await import('./lib/startup');
    await runStartup();
    // Refresh cached pages when a scheduled article's time comes (see lib/articles/scheduled-sweep.ts).
    const { startScheduledSweep } = await import('@/lib/articles/scheduled-sweep');
    startScheduledSweep();
  }
}
