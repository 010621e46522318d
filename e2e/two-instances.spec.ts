import { type ChildProcess, spawn } from 'node:child_process';
import { type APIRequestContext, expect, type Page, request as playwrightRequest, test } from '@playwright/test';
import { e2eAdmin, e2eServerEnv } from '../playwright.config';
import { gotoHydrated, hydrated } from './hydration';
import { mdxSource } from './mdx-source';
import { vnLocal } from './vn-local';

/**
 * Two instances of the portal on one database and one Redis, as behind a load balancer:
 * the editor publishes, edits, takes down and schedules on instance A, a reader is on
 * instance B. Several instances need REDIS_URL (docs/deploy-cache.md): with it both share
 * one cache (lib/cache/shared-cache-handler.mjs), so A's expiry is B's and a change must reach
 * B's cached pages within SHARED_MS; there is no sweep to fall back on. A scheduled article
 * must be live on both within GO_LIVE_MS of its time, fired by one instance
 * (lib/articles/go-live.ts): its history shows exactly one go-live.
 */
const shared = Boolean(process.env.E2E_REDIS_URL);
/** Bounds for polling, not timings under test (bench/shared-cache.mts measures them): a cold render on a busy CI machine fits. */
const SHARED_MS = 2_000;
const GO_LIVE_MS = 2_000;

// CI always has Redis (.ci/run installs it, scripts/test.sh starts it): there its absence is a failure, not a skip.
test.skip(!shared && !process.env.CI, 'several instances need the shared cache (E2E_REDIS_URL; scripts/test.sh starts a redis-server)');

test.describe.configure({ mode: 'serial' });

const portA = Number(process.env.E2E_PORT || 3210);
const portB = portA + 1;
const run = Date.now().toString(36);
const title = `Lịch tiếp công dân tháng Mười hai của UBND tỉnh ${run}`;
let slug = '';
let editUrl = '';
let publishedAt = 0;
let serverB: ChildProcess | undefined;
let readerB: APIRequestContext;
let serverLog = '';

async function waitForServer(url: string, ms: number) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (serverB?.exitCode !== null && serverB?.exitCode !== undefined) throw new Error(`instance B exited (${serverB.exitCode}) before answering:\n${serverLog}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`instance B did not start within ${ms} ms:\n${serverLog}`);
}

/** Sign in on instance A as the e2e admin and land, hydrated, on `path`. */
async function signInAsAdmin(page: Page, path: string) {
  await gotoHydrated(page, `/dang-nhap?callbackUrl=${encodeURIComponent(path)}`);
  await page.getByLabel('Email').fill(e2eAdmin.email);
  await page.getByLabel('Mật khẩu').fill(e2eAdmin.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((url) => url.pathname === path);
  await hydrated(page);
}

/** Poll B until `check` holds for the page's text; returns how long it took. */
async function untilOnB(path: string, check: (text: string, status: number) => boolean, ms = SHARED_MS): Promise<number> {
  const since = Date.now();
  while (Date.now() - since < ms) {
    const res = await readerB.get(path);
    if (check(await res.text(), res.status())) return Date.now() - since;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${path} on instance B did not change within ${ms} ms`);
}

test.beforeAll(async () => {
  expect(shared, 'E2E_REDIS_URL is set (scripts/test.sh starts a throwaway redis-server)').toBe(true);
  // Starting a second production server can take a while on a loaded CI machine.
  test.setTimeout(180_000);
  const env = {
    ...process.env,
    ...e2eServerEnv(portB),
    // One site behind one address: B answers for the same SITE_URL as A.
    SITE_URL: `http://localhost:${portA}`,
    NEXTAUTH_URL: `http://localhost:${portA}`,
  };
  serverB = spawn('npx', ['next', 'start', '-p', String(portB)], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  serverB.stdout?.on('data', (d: Buffer) => (serverLog += d.toString()));
  serverB.stderr?.on('data', (d: Buffer) => (serverLog += d.toString()));
  await waitForServer(`http://localhost:${portB}/robots.txt`, 150_000);
  readerB = await playwrightRequest.newContext({ baseURL: `http://localhost:${portB}` });
});

test.afterAll(async () => {
  await readerB?.dispose();
  // npx starts next in its own process group (detached): end the group.
  if (serverB?.pid) {
    try {
      process.kill(-serverB.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
});

test('a publish on instance A reaches the cached pages of instance B', async ({ page }) => {
  // B has the home page and the feed cached, without the article.
  for (let i = 0; i < 2; i++) {
    expect(await (await readerB.get('/')).text()).not.toContain(title);
    expect(await (await readerB.get('/rss.xml')).text()).not.toContain(title);
  }

  await signInAsAdmin(page, '/editor/bai/moi');
  await page.getByLabel('Tiêu đề').fill(title);
  await page.getByLabel('Sapo').fill('Bộ phận tiếp công dân của tỉnh làm việc các buổi sáng thứ Hai và thứ Năm trong tháng Mười hai.');
  await (await mdxSource(page)).fill('Lịch tiếp công dân được niêm yết tại trụ sở và trên cổng thông tin của tỉnh.');
  await page.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(page).toHaveURL(/\/editor\/bai\/[0-9a-f-]{36}$/);
  slug = await page.getByLabel('Đường dẫn', { exact: true }).inputValue();
  editUrl = new URL(page.url()).pathname;
  // B has the draft's address cached as "not found".
  for (let i = 0; i < 2; i++) expect((await readerB.get(`/bai/${slug}`)).status()).toBe(404);
  await hydrated(page);
  await page.getByRole('button', { name: 'Đăng ngay' }).click();
  await expect(page.getByTestId('article-status')).toHaveText('Đã đăng');
  publishedAt = Date.now();

  const [home, article, feed] = await Promise.all([
    untilOnB('/', (text) => text.includes(title)),
    untilOnB(`/bai/${slug}`, (text, status) => status === 200 && text.includes(title)),
    untilOnB('/rss.xml', (text) => text.includes(title)),
  ]);
  console.log(`instance B after a publish on A: home ${home} ms, article ${article} ms, RSS ${feed} ms`);
});

/** B's article page, read until it is a cache hit after the publish's settle-time repeat (lib/cache/expire-now.ts) has passed. */
async function cachedOnB(path: string) {
  const until = Date.now() + 30_000;
  while (Date.now() < until) {
    const res = await readerB.get(path);
    if (res.status() === 200 && res.headers()['x-nextjs-cache'] === 'HIT' && Date.now() > publishedAt + 3_500) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${path} on instance B never came from its cache`);
}

test('an edit on instance A reaches the cached pages of instance B', async ({ page }) => {
  await cachedOnB(`/bai/${slug}`);
  await signInAsAdmin(page, editUrl);
  await expect(page.getByTestId('article-status')).toHaveText('Đã đăng');
  const edited = `${title} (cập nhật giờ tiếp)`;
  await page.getByLabel('Tiêu đề').fill(edited);
  await page.getByRole('button', { name: 'Cập nhật bài' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã cập nhật bài' })).toBeVisible();
  publishedAt = Date.now();
  const [article, home] = await Promise.all([untilOnB(`/bai/${slug}`, (text) => text.includes(edited)), untilOnB('/', (text) => text.includes(edited))]);
  console.log(`instance B after an edit on A: article ${article} ms, home ${home} ms`);
});

test('a takedown on instance A takes the article off instance B', async ({ page }) => {
  // B's article page is cached (a hit), so only the shared expiry can take it off.
  await cachedOnB(`/bai/${slug}`);

  await signInAsAdmin(page, editUrl);
  await expect(page.getByTestId('article-status')).toHaveText('Đã đăng');
  await page.getByLabel('Lý do gỡ bài (bắt buộc)').fill('Lịch được thay bằng thông báo mới.');
  await page.getByRole('button', { name: 'Gỡ bài' }).click();
  await expect(page.getByTestId('article-status')).toHaveText('Đã gỡ');

  const [gone, home, feed] = await Promise.all([
    untilOnB(`/bai/${slug}`, (_text, status) => status === 410),
    untilOnB('/', (text) => !text.includes(title)),
    untilOnB('/rss.xml', (text) => !text.includes(title)),
  ]);
  console.log(`instance B after a takedown on A: article 410 after ${gone} ms, home ${home} ms, RSS ${feed} ms`);
});

test('a scheduled article appears at its time on both instances, fired once for both', async ({ page, request }) => {
  test.setTimeout(180_000);
  const schedTitle = `Thông báo lịch cắt điện khu phố cổ ${run}`;
  await signInAsAdmin(page, '/editor/bai/moi');
  await page.getByLabel('Tiêu đề').fill(schedTitle);
  await page.getByLabel('Sapo').fill('Điện lực thông báo lịch tạm ngừng cấp điện để bảo dưỡng lưới điện khu phố cổ.');
  await (await mdxSource(page)).fill('Lịch cụ thể được niêm yết tại các tổ dân phố.');
  await page.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(page.getByTestId('article-status')).toHaveText('Bản nháp');
  const schedUrl = new URL(page.url()).pathname;
  // The next full minute at least 25 s away (the form takes minutes, GMT+7).
  const at = Math.ceil((Date.now() + 25_000) / 60_000) * 60_000;
  await page.getByLabel('Giờ đăng (giờ Việt Nam, GMT+7)').fill(vnLocal(at));
  await page.getByRole('button', { name: 'Hẹn giờ đăng' }).click();
  await expect(page.getByTestId('article-status')).toHaveText('Hẹn giờ');

  // Both instances' home pages are cached without it until its time.
  while (Date.now() < at - 2000) {
    expect(await (await request.get('/')).text()).not.toContain(schedTitle);
    expect(await (await readerB.get('/')).text()).not.toContain(schedTitle);
    await new Promise((r) => setTimeout(r, 3000));
  }
  await new Promise((r) => setTimeout(r, Math.max(0, at - Date.now())));
  // One instance's timer fires at its time; the expiry is in Redis, so both show it.
  const onA = async () => {
    while (!(await (await request.get('/')).text()).includes(schedTitle)) {
      if (Date.now() - at > GO_LIVE_MS) throw new Error(`instance A did not show the scheduled article within ${GO_LIVE_MS} ms of its time`);
      await new Promise((r) => setTimeout(r, 100));
    }
    return Date.now() - at;
  };
  const onB = async () => {
    while (!(await (await readerB.get('/')).text()).includes(schedTitle)) {
      if (Date.now() - at > GO_LIVE_MS) throw new Error(`instance B did not show the scheduled article within ${GO_LIVE_MS} ms of its time`);
      await new Promise((r) => setTimeout(r, 100));
    }
    return Date.now() - at;
  };
  const [a, b] = await Promise.all([onA(), onB()]);
  console.log(`scheduled → visible after its time: instance A ${a} ms, instance B ${b} ms`);

  // Fired once for the fleet: the article is published, with one go-live in its history.
  await page.goto(schedUrl);
  await expect(page.getByTestId('article-status')).toHaveText('Đã đăng');
  await page.goto(`${schedUrl}/lich-su`);
  await expect(page.getByText('Tự động đăng đúng giờ hẹn')).toHaveCount(1);
});

test('with Redis stopped, both instances keep serving', async ({ request }) => {
  const url = new URL(process.env.E2E_REDIS_URL!);
  const redisCli = (...args: string[]) => new Promise<void>((resolve) => spawn('redis-cli', ['-h', url.hostname, '-p', url.port, ...args], { stdio: 'ignore' }).on('exit', () => resolve()));
  const paths = ['/', '/rss.xml', '/bai/thu-khong-co'];
  await redisCli('shutdown', 'nosave');
  try {
    for (let round = 0; round < 3; round++) {
      for (const p of paths) {
        const expected = p.startsWith('/bai/') ? 404 : 200;
        expect((await request.get(p)).status(), `A ${p}`).toBe(expected);
        expect((await readerB.get(p)).status(), `B ${p}`).toBe(expected);
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  } finally {
    // Back for the specs after this one (the same dir and pid file, so scripts/test.sh still stops it).
    const dir = process.env.REDIS_THROWAWAY_DIR;
    await new Promise<void>((resolve) =>
      spawn('redis-server', ['--port', url.port, '--bind', url.hostname, '--save', '', '--appendonly', 'no', '--daemonize', 'yes', ...(dir ? ['--dir', dir, '--pidfile', `${dir}/redis.pid`] : [])], { stdio: 'ignore' }).on('exit', () => resolve()),
    );
  }
});
