/**
 * A server action's refresh races the renders already in flight: one that read the old rows
 * before the write and stored its page after the expiry keeps the old page for its lifetime
 * (a renamed section's old address kept answering 200 in CI). updateTagsNow expires again
 * once such a render is over, and every action refreshes through it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

const expiredByAction = vi.hoisted(() => [] as string[]);
vi.mock('next/cache', () => ({
  updateTag: (tag: string) => expiredByAction.push(tag),
  revalidateTag: () => undefined,
}));

import { CHANGE_SETTLE_MS, tagExpiredAt } from './expire-now';
import { updateTagsNow } from './tags';

afterEach(() => vi.useRealTimers());

describe('updateTagsNow', () => {
  it('expires the tags before the action answers, and again once renders in flight are over', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const tag = `sections-${Date.now()}`;
    updateTagsNow([tag]);
    expect(expiredByAction).toEqual([tag]);
    // A render that started before the write stores its page now, after the action's expiry.
    const storedByRenderInFlight = Date.now();

    await vi.advanceTimersByTimeAsync(CHANGE_SETTLE_MS - 50);
    expect(await tagExpiredAt(tag)).toBeUndefined();
    await vi.advanceTimersByTimeAsync(50);
    vi.useRealTimers();
    await vi.waitFor(async () => expect(await tagExpiredAt(tag)).toBeGreaterThanOrEqual(storedByRenderInFlight));
  });

  it('is how every server action refreshes public pages (no bare updateTag that would skip the second expiry)', () => {
    const dir = path.join(process.cwd(), 'lib', 'actions');
    const bare = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .filter((f) => /\bupdateTag\s*\(/.test(fs.readFileSync(path.join(dir, f), 'utf8')));
    expect(bare).toEqual([]);
  });
});
