import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The article body as MDX source, for tests that type or read it. The visual editor
 * is the default, so this opens the "Mã nguồn (MDX)" view (once per page; the choice
 * is remembered in the browser) and returns its textarea. Every spec goes through
 * here, so a change of body editor is one change here.
 */
export async function mdxSource(page: Page): Promise<Locator> {
  const source = page.getByLabel('Mã nguồn (MDX)', { exact: true });
  const toggle = page.getByRole('button', { name: 'Mã nguồn (MDX)', exact: true });
  // Retried: a click before hydration has no handler yet, and the remembered view is applied only after
  // it (a read-only form's toggle is disabled: an unbounded click would wait on it until the test times out).
  await expect(async () => {
    if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click({ timeout: 1_000 });
    await expect(source).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  return source;
}
