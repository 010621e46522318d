import type { Locator, Page } from '@playwright/test';

/**
 * The article body as MDX source, for tests that type or read it. Every spec
 * goes through here, so a change of body editor is one change here.
 */
export function mdxSource(page: Page): Locator {
  return page.getByLabel('Nội dung (MDX)');
}
