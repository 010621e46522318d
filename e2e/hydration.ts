import type { Page, Response } from '@playwright/test';

/**
 * Wait until React has hydrated an editor or sign-in page (HydrationMark sets
 * <html data-hydrated>). Typing or clicking into client-side controls before
 * that can be lost; CI's slow PostgreSQL run once clicked sign-out too early.
 */
export async function hydrated(page: Page): Promise<void> {
  await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
}

/** page.goto, then wait for hydration (for editor and sign-in pages that a test then uses). */
export async function gotoHydrated(page: Page, url: string): Promise<Response | null> {
  const response = await page.goto(url);
  await hydrated(page);
  return response;
}
