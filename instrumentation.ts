/** Runs once when a server starts (not during `next build`). */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    // With REDIS_URL, the page cache is shared by every instance (lib/cache/redis-client.ts).
    const { startSharedCache } = await import('@/lib/cache/redis-client');
    startSharedCache();
    const { runStartup } = await import('./lib/startup');
    try {
      await runStartup();
    } catch (error) {
      // A missing setting (e.g. NEXTAUTH_SECRET for several instances): say so and stop, rather than serve 500s.
      if ((error as Error).name === 'ConfigError') {
        console.error(`[bản tin] ${(error as Error).message}`);
        process.exit(1);
      }
      throw error;
    }
    // Scheduled articles go live at their time, once for the fleet (lib/articles/go-live-leader.ts).
    const { startGoLive } = await import('@/lib/articles/go-live-leader');
    startGoLive();
  }
}
