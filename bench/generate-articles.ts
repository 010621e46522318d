/**
 * Synthetic Vietnamese articles for the search benchmark (never committed:
 * generated into a database on demand). Deterministic for a given seed.
 *
 *   npx tsx bench/generate-articles.ts --count 100000 --sqlite bench/out/sqlite-100000
 *   npx tsx bench/generate-articles.ts --count 100000 --postgres postgres://…/bantin_bench
 *
 * Every article goes through writeIndexRecord, like real ones, so the search
 * triggers index it as it is written.
 */
import type { Kysely } from 'kysely';
import { sectionSlugs } from '@/lib/config/site';
import { type IndexRecord, writeIndexRecord } from '@/lib/articles/index-writer';
import { foldVietnamese, readingMinutes, slugify } from '@/lib/text/vietnamese';
import { withWriteTransaction } from '@/lib/db';
import { isPostgres } from '@/lib/db/engine';
import { rebuildSearchIndex } from '@/lib/db/migrations/920-search-titles';
import { sql } from 'kysely';
import type { Database } from '@/lib/db/schema';

export function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Words of provincial news, most frequent first (picked with a Zipf-like law, before the long tail below).
export const WORDS = (
  'tỉnh huyện xã người dân công tác phát triển kinh tế xã hội hội nghị tổ chức chương trình cán bộ đảng viên nhân dân hoạt động ' +
  'phối hợp lãnh đạo chỉ đạo triển khai thực hiện kế hoạch năm nay giai đoạn tiếp tục nâng cao chất lượng hiệu quả đầu tư dự án ' +
  'xây dựng nông thôn mới giao thông đường bộ cầu cống thủy lợi nông nghiệp sản xuất thu hoạch lúa gạo cây trồng vật nuôi chăn nuôi ' +
  'du lịch khách quốc tế phố cổ biển đảo miền núi đồng bào dân tộc thiểu số giáo dục học sinh giáo viên trường học năm học tốt nghiệp ' +
  'y tế bệnh viện bác sĩ người bệnh tiêm chủng phòng chống dịch bệnh an toàn vệ sinh thực phẩm môi trường rác thải nước sạch ' +
  'quốc phòng an ninh trật tự lực lượng vũ trang công an quân sự biên phòng diễn tập phòng thủ tuần tra kiểm soát vi phạm xử lý ' +
  'văn hóa lễ hội di sản truyền thống nghệ thuật thể thao bóng đá giải đấu vận động viên huy chương thanh niên phụ nữ cựu chiến binh ' +
  'doanh nghiệp thị trường giá cả xuất khẩu việc làm lao động thu nhập ngân sách thuế tín dụng ngân hàng vốn vay hỗ trợ chính sách ' +
  'khen thưởng tập thể cá nhân thành tích xuất sắc bằng khen kỷ niệm ngày thành lập truyền thống cách mạng tri ân gia đình chính sách ' +
  'thiên tai bão lũ sạt lở mưa lớn cứu hộ cứu nạn khắc phục hậu quả di dời khẩn cấp cảnh báo thời tiết nắng nóng hạn hán ' +
  'chuyển đổi số dịch vụ công trực tuyến thủ tục hành chính cải cách một cửa hồ sơ cổng thông tin điện tử ứng dụng công nghệ ' +
  'đô thị quy hoạch đất đai giải phóng mặt bằng tái định cư khu công nghiệp cụm công nghiệp nhà máy điện năng lượng tái tạo ' +
  'sầu riêng quế trà bưởi cá tôm rau sạch hợp tác xã làng nghề dệt lụa gốm mộc yến sào mật ong đặc sản thương hiệu ' +
  'đoàn kết thống nhất quyết tâm đổi mới sáng tạo bền vững toàn diện vững mạnh tích cực chủ động kịp thời nghiêm túc ' +
  'đường làng ngõ xóm bến sông cửa biển cảng cá chợ phiên trung tâm hành chính nhà văn hóa sân vận động công viên ' +
  'dương lịch âm lịch tết nguyên đán mùa xuân mùa hè mùa thu mùa đông sáng chiều tối hôm qua hôm nay ngày mai'
).split(' ');

/**
 * The long tail: made-up but well-formed syllables (onset + rhyme + tone) and
 * two-syllable words, about 30,000, so that rare words are rare, as in real news.
 */
function tailWords(): string[] {
  const rand = prng(42);
  const onsets = ['b', 'c', 'ch', 'd', 'đ', 'g', 'gh', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'nh', 'p', 'ph', 'qu', 'r', 's', 't', 'th', 'tr', 'v', 'x', ''];
  const rhymes = ['a', 'ai', 'am', 'an', 'ang', 'anh', 'ao', 'au', 'ay', 'e', 'em', 'en', 'eo', 'i', 'ia', 'im', 'in', 'inh', 'iu', 'o', 'oa', 'oai', 'oan', 'oanh', 'oc', 'oi', 'om', 'on', 'ong', 'u', 'ua', 'ui', 'um', 'un', 'ung', 'uy', 'uyên', 'ưa', 'ươi', 'ương', 'ưu', 'ê', 'êm', 'ên', 'ênh', 'êu', 'ô', 'ôi', 'ôn', 'ông', 'ơ', 'ơi', 'ơn', 'ư', 'ưng', 'ăn', 'ăng', 'âm', 'ân', 'ây', 'âu'];
  const tones = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
  const syllable = () => {
    const rhyme = rhymes[Math.floor(rand() * rhymes.length)]!;
    const tone = tones[Math.floor(rand() * tones.length)]!;
    return `${onsets[Math.floor(rand() * onsets.length)]}${rhyme[0]}${tone}${rhyme.slice(1)}`.normalize('NFC');
  };
  const seen = new Set(WORDS);
  const out: string[] = [];
  while (out.length < 30_000) {
    const w = rand() < 0.4 ? syllable() : `${syllable()} ${syllable()}`;
    if (!seen.has(w)) {
      seen.add(w);
      out.push(w);
    }
  }
  return out;
}

/** Every word the generator uses: the common words first, then the tail. */
export const VOCABULARY = [...WORDS, ...tailWords()];

export const NAMES = [
  'Lê Văn Dũng', 'Nguyễn Thị Hoa', 'Trần Công', 'Phan Việt Cường', 'Lê Trí Thanh', 'Hồ Quang Bửu', 'Đinh Văn Thu', 'Nguyễn Văn Hai',
  'Võ Văn Hùng', 'Trần Văn Tân', 'Phạm Thị Thanh', 'Huỳnh Thị Hoa', 'Đặng Phong', 'Bùi Thị Quỳnh Vân', 'Nguyễn Hồng Quang', 'Trương Xuân Ty',
];
export const PLACES = ['Tam Kỳ', 'Hội An', 'Điện Bàn', 'Duy Xuyên', 'Thăng Bình', 'Núi Thành', 'Tiên Phước', 'Nam Giang', 'Đông Giang', 'Tây Giang', 'Phước Sơn', 'Cù Lao Chàm', 'Đà Nẵng', 'Kon Tum'];

export function makeWordPicker(rand: () => number) {
  // Zipf-like: rank r drawn with probability ~ 1/(r+10).
  const weights = VOCABULARY.map((_, i) => 1 / (i + 10));
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative: number[] = [];
  let acc = 0;
  for (const w of weights) cumulative.push((acc += w / total));
  return () => {
    const x = rand();
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return VOCABULARY[lo]!;
  };
}

export function sentence(rand: () => number, word: () => string, min: number, max: number): string {
  const n = min + Math.floor(rand() * (max - min + 1));
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = rand();
    parts.push(r < 0.03 ? NAMES[Math.floor(rand() * NAMES.length)]! : r < 0.07 ? PLACES[Math.floor(rand() * PLACES.length)]! : r < 0.09 ? String(Math.floor(rand() * 3000)) : word());
  }
  const s = parts.join(' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * The plain text lib/mdx/plain-text gives for the generator's bodies (paragraphs and
 * self-closing <Figure>s, nothing else), without parsing: mdxToPlainText costs about
 * 7 ms an article on a busy machine, 20 minutes for 100,000. Checked equal to
 * mdxToPlainText on the first 3,000 generated bodies (bench/README.md, Search).
 */
export function generatedPlainText(body: string): string {
  const out: string[] = [];
  for (const part of body.split('\n\n')) {
    if (part.startsWith('<Figure ')) for (const m of part.matchAll(/\b(?:alt|caption|credit)="([^"]*)"/g)) out.push(m[1]!);
    else out.push(part, '\n');
  }
  return out.join(' ').replace(/[ \t]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim();
}

/** The rows writeIndexRecord writes for a generated article, built directly (fast mode). */
function generatedRows(r: IndexRecord) {
  const plain = generatedPlainText(r.body);
  const article = {
    id: r.id, slug: r.slug, source: r.source, content_hash: r.contentHash, title: r.title, summary: r.summary, body: r.body,
    category: r.category, tags: JSON.stringify(r.tags), bylines: JSON.stringify(r.bylines), cover: null, dateline: r.dateline,
    status: r.status, published_at: r.publishedAt, updated_at: r.updatedAt, created_at: r.createdAt, author_id: r.authorId,
    version: r.version, sample: 0, reading_minutes: readingMinutes(`${r.summary} ${plain}`),
    search_text: foldVietnamese([r.title, r.summary, plain, r.tags.join(' '), r.bylines.map((b) => b.name).join(' ')].join('\n')),
    review_comment: null, takedown_reason: null,
  };
  const seen = new Set<string>();
  const tags = r.tags
    .map((name) => ({ article_id: r.id, tag_slug: slugify(name), tag_name: name }))
    .filter((t) => t.tag_slug && !seen.has(t.tag_slug) && seen.add(t.tag_slug));
  const bylines = r.bylines.map((b, i) => ({ article_id: r.id, author_slug: slugify(b.name), name: b.name, role: b.role, position: i }));
  return { article, tags, bylines };
}

export async function generateArticles(
  db: Kysely<Database>,
  count: number,
  opts: { seed?: number; batch?: number; fast?: boolean; onProgress?: (done: number) => void } = {},
): Promise<void> {
  const rand = prng(opts.seed ?? 20201127);
  const word = makeWordPicker(rand);
  const batch = opts.batch ?? 500;
  const start = Date.UTC(2016, 0, 1);
  const span = Date.UTC(2026, 10, 1) - start;
  // Fast mode on PostgreSQL: the search trigger is off during the load and the index built once after
  // (its per-row tsvectors and GIN updates were most of the load's time).
  const pausedTrigger = Boolean(opts.fast && isPostgres(db));
  if (pausedTrigger) await sql`alter table articles disable trigger search_sync`.execute(db);
  try {
    await writeAll();
  } finally {
    if (pausedTrigger) await sql`alter table articles enable trigger search_sync`.execute(db);
  }
  if (pausedTrigger) await rebuildSearchIndex(db);

  async function writeAll() {
  for (let from = 0; from < count; from += batch) {
    await withWriteTransaction(async (tx) => {
      const rows: ReturnType<typeof generatedRows>[] = [];
      const write = async (r: IndexRecord) => (opts.fast ? rows.push(generatedRows(r)) : writeIndexRecord(tx, r));
      for (let i = from; i < Math.min(count, from + batch); i++) {
        const title = sentence(rand, word, 7, 14);
        const summary = `${sentence(rand, word, 20, 35)}.`;
        const paragraphs = Array.from({ length: 4 + Math.floor(rand() * 5) }, () =>
          Array.from({ length: 2 + Math.floor(rand() * 3) }, () => `${sentence(rand, word, 10, 22)}.`).join(' '),
        );
        if (rand() < 0.3) paragraphs.splice(1, 0, `<Figure src="bench-${i}.jpg" alt="${sentence(rand, word, 4, 8)}" caption="${sentence(rand, word, 6, 12)}." credit="${NAMES[i % NAMES.length]}" />`);
        const publishedAt = new Date(start + Math.floor(rand() * span)).toISOString();
        const tags = Array.from({ length: 1 + Math.floor(rand() * 4) }, () => `${word()} ${word()}`);
        await write({
          id: `bench-${i}`,
          slug: `bai-thu-nghiem-${i}`,
          source: 'db',
          contentHash: null,
          title,
          summary,
          body: paragraphs.join('\n\n'),
          category: sectionSlugs[i % sectionSlugs.length]!,
          tags,
          bylines: [{ name: NAMES[Math.floor(rand() * NAMES.length)]!, role: 'reporter' }],
          cover: null,
          dateline: null,
          status: 'published',
          publishedAt,
          updatedAt: publishedAt,
          createdAt: publishedAt,
          authorId: null,
          version: 1,
          sample: false,
        });
      }
      if (rows.length) {
        await tx.insertInto('articles').values(rows.map((r) => r.article)).execute();
        const tags = rows.flatMap((r) => r.tags);
        for (let k = 0; k < tags.length; k += 2000) await tx.insertInto('article_tags').values(tags.slice(k, k + 2000)).execute();
        await tx.insertInto('article_bylines').values(rows.flatMap((r) => r.bylines)).execute();
      }
    }, db);
    opts.onProgress?.(Math.min(count, from + batch));
  }
  }
}

async function main() {
  const args = process.argv.slice(2);
  const arg = (name: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const count = Number(arg('count') ?? 100_000);
  if (arg('postgres')) process.env.DATABASE_URL = arg('postgres');
  else {
    delete process.env.DATABASE_URL;
    process.env.DATA_DIR = arg('sqlite') ?? 'bench/out/sqlite';
  }
  const { closeDb, getDb, migrateToLatest } = await import('@/lib/db');
  const db = getDb();
  await migrateToLatest(db);
  const t0 = performance.now();
  await generateArticles(db, count, { fast: args.includes('--fast'), onProgress: (n) => n % 10_000 === 0 && console.log(`${n} bài`) });
  console.log(`${count} articles written in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  await closeDb();
}

if (process.argv[1] && /generate-articles\.ts$/.test(process.argv[1])) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
