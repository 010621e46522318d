/**
 * Articles for the search accuracy table (lib/search/search-query.test.ts),
 * written into a fresh index through writeIndexRecord, like every article.
 * The content/ seed article is synced beside them.
 */
import type { Kysely } from 'kysely';
import { writeIndexRecord } from '@/lib/articles/index-writer';
import { withWriteTransaction } from '@/lib/db';
import type { ArticleStatus, Database } from '@/lib/db/schema';
import type { SectionSlug } from '@/lib/config/site';

export type Fixture = {
  slug: string;
  title: string;
  summary: string;
  body: string;
  category: SectionSlug;
  tags?: string[];
  bylines?: string[];
  publishedAt: string;
  status?: ArticleStatus;
};

export const SEED = 'tong-ket-phoi-hop-hoat-dong-giua-bo-chqs-tinh-voi-cac-to-chuc-chinh-tri-xa-hoi-giai-doan-2016-2020';

export const fixtures: Fixture[] = [
  {
    slug: 'khoi-cong-duong-cao-toc-quang-nam-kon-tum',
    title: 'Khởi công đường cao tốc nối Quảng Nam với Kon Tum',
    summary: 'Tuyến đường dài 120 km, vốn đầu tư hơn 20.000 tỷ đồng, dự kiến hoàn thành năm 2027.',
    body: 'Sáng nay, UBND tỉnh tổ chức lễ khởi công tuyến đường bộ cao tốc. Con đường mới rút ngắn thời gian đi lại giữa hai tỉnh.',
    category: 'kinh-te',
    tags: ['Giao thông', 'Cao tốc'],
    bylines: ['Minh Hải'],
    publishedAt: '2024-03-10T02:00:00.000Z',
  },
  {
    slug: 'lich-nghi-tet-duong-lich-2025',
    title: 'Lịch nghỉ Tết Dương lịch 2025 của cán bộ, công chức',
    summary: 'Cán bộ, công chức được nghỉ 1 ngày dịp Tết Dương lịch, theo thông báo của Bộ Nội vụ.',
    body: 'Người lao động trong doanh nghiệp nghỉ theo lịch của đơn vị.',
    category: 'dich-vu',
    tags: ['Lịch nghỉ'],
    bylines: ['Thu Trang'],
    publishedAt: '2024-12-20T01:00:00.000Z',
  },
  {
    slug: 'benh-vien-da-khoa-tiep-nhan-thiet-bi',
    title: 'Bệnh viện Đa khoa tỉnh tiếp nhận thiết bị y tế mới',
    summary: 'Hệ thống chụp cắt lớp 128 lát giúp người bệnh không phải chuyển lên tuyến trên.',
    body: 'Giám đốc bệnh viện cho biết thiết bị được tài trợ bởi một tổ chức phi chính phủ.',
    category: 'xa-hoi',
    tags: ['Y tế'],
    bylines: ['Nguyễn Thị Hoa'],
    publishedAt: '2023-06-05T03:00:00.000Z',
  },
  {
    slug: 'hoi-nghi-tong-ket-nam-hoc-2023-2024',
    title: 'Hội nghị tổng kết năm học 2023 - 2024',
    summary: 'Ngành giáo dục tỉnh tổng kết năm học với tỷ lệ tốt nghiệp trung học phổ thông đạt 98%.',
    body: 'Phát biểu tại hội nghị, Giám đốc Sở Giáo dục và Đào tạo biểu dương các trường có thành tích.',
    category: 'xa-hoi',
    tags: ['Giáo dục'],
    bylines: ['Hoài An'],
    publishedAt: '2024-08-15T02:00:00.000Z',
  },
  {
    slug: 'du-lich-hoi-an-don-trieu-khach',
    title: 'Du lịch Hội An đón khách quốc tế thứ 1 triệu',
    summary: 'Phố cổ Hội An tổ chức đón vị khách quốc tế thứ 1 triệu trong năm.',
    body: 'Đoàn khách được tặng hoa và quà lưu niệm tại chùa Cầu.',
    category: 'kinh-te',
    tags: ['Du lịch', 'Hội An'],
    bylines: ['Văn Phin'],
    publishedAt: '2023-10-01T02:00:00.000Z',
  },
  {
    slug: 'hoi-nong-dan-an-toan-ve-sinh-thuc-pham',
    title: 'Hội Nông dân tập huấn an toàn vệ sinh thực phẩm',
    summary: 'Hơn 200 hội viên được hướng dẫn sản xuất rau an toàn.',
    body: 'Lớp tập huấn do Hội Nông dân tỉnh phối hợp với Sở Y tế tổ chức.',
    category: 'kinh-te',
    tags: ['Nông nghiệp'],
    bylines: ['Quốc Tuấn'],
    publishedAt: '2024-11-02T02:00:00.000Z',
  },
  {
    slug: 'gia-sau-rieng-tang-manh',
    title: 'Giá sầu riêng tăng mạnh, nông dân Tiên Phước phấn khởi',
    summary: 'Sầu riêng Tiên Phước được thương lái thu mua với giá cao nhất từ trước đến nay.',
    body: 'Nhiều hộ thu về hàng trăm triệu đồng mỗi vụ.',
    category: 'kinh-te',
    tags: ['Sầu riêng', 'Tiên Phước'],
    bylines: ['Đoàn Đạo'],
    publishedAt: '2024-07-12T02:00:00.000Z',
  },
  {
    slug: 'da-nang-ket-noi-du-lich-mien-trung',
    title: 'Đà Nẵng và các tỉnh miền Trung liên kết phát triển du lịch',
    summary: 'Bốn địa phương ký kết chương trình liên kết phát triển du lịch giai đoạn 2024 - 2028.',
    body: 'Các bên thống nhất xây dựng tour tuyến chung và quảng bá điểm đến.',
    category: 'kinh-te',
    tags: ['Du lịch', 'Đà Nẵng'],
    bylines: ['Minh Hải'],
    publishedAt: '2024-05-20T02:00:00.000Z',
  },
  {
    slug: 'nuoc-sach-nong-thon-vung-cao',
    title: 'Đưa công trình cấp nước về vùng cao',
    summary: 'Hàng nghìn hộ dân miền núi được dùng nước hợp vệ sinh.',
    body: 'Chương trình nước sạch nông thôn đã hoàn thành 12 công trình trong năm, phục vụ hơn 3.000 hộ.',
    category: 'xa-hoi',
    tags: ['Miền núi'],
    bylines: ['Alăng Ngước'],
    publishedAt: '2022-09-09T02:00:00.000Z',
  },
  {
    slug: 'nong-thon-moi-nuoc-va-duong',
    title: 'Xây dựng nông thôn mới: đường làng sạch, nước giếng trong',
    summary: 'Xã Tam Thăng về đích nông thôn mới nâng cao nhờ sức dân.',
    body: 'Người dân góp đất mở đường, giữ nguồn nước giếng sạch cho cả thôn.',
    category: 'xa-hoi',
    tags: ['Nông thôn mới'],
    bylines: ['Thu Trang'],
    publishedAt: '2024-02-02T02:00:00.000Z',
  },
  {
    slug: 'ban-an-toan-giao-thong-ra-quan',
    title: 'Ban An toàn giao thông tỉnh ra quân bảo đảm trật tự dịp lễ',
    summary: 'Lực lượng chức năng tăng cường tuần tra trên các tuyến quốc lộ.',
    body: 'Hội đồng nhân dân tỉnh yêu cầu xử lý nghiêm vi phạm nồng độ cồn.',
    category: 'quoc-phong-an-ninh',
    tags: ['An toàn giao thông'],
    bylines: ['Quốc Tuấn'],
    publishedAt: '2024-04-28T02:00:00.000Z',
  },
  {
    slug: 'le-van-tam-va-anh-dung',
    title: 'Chuyện người thương binh Lê Văn Tám ở Duy Xuyên',
    summary: 'Ông Tám và người con trai tên Dũng giữ nghề dệt lụa truyền thống.',
    body: 'Anh Dũng kể, cha anh bị thương năm 1972. Lê Văn Tám vẫn ngày ngày bên khung cửi.',
    category: 'van-hoa',
    tags: ['Làng nghề'],
    bylines: ['Hoài An'],
    publishedAt: '2024-10-10T02:00:00.000Z',
  },
  {
    slug: 'tiep-xuc-cu-tri-le-van-dung',
    title: 'Đại biểu HĐND tiếp xúc cử tri huyện Thăng Bình',
    summary: 'Cử tri kiến nghị nâng cấp đường giao thông nông thôn.',
    body: 'Tại buổi tiếp xúc, ông Lê Văn Dũng, Phó Bí thư Thường trực Tỉnh ủy, ghi nhận các ý kiến.',
    category: 'thoi-su',
    tags: ['Cử tri'],
    bylines: ['Văn Phin'],
    publishedAt: '2020-12-05T02:00:00.000Z',
  },
  {
    slug: 'giai-bong-da-thanh-nien',
    title: 'Khai mạc giải bóng đá thanh niên toàn tỉnh',
    summary: '16 đội bóng tranh tài trong 3 tuần tại sân vận động Tam Kỳ.',
    body: 'Ban tổ chức trao cờ lưu niệm cho các đội. Khán giả cổ vũ nhiệt tình 🎉.',
    category: 'van-hoa',
    tags: ['Thể thao', 'Bóng đá'],
    bylines: ['Đoàn Đạo'],
    publishedAt: '2024-09-01T12:00:00.000Z',
  },
  {
    slug: 'hoa-hoc-tro-ve-truong',
    title: 'Hoa học trò nở rộ ngày tựu trường',
    summary: 'Sân trường rợp sắc phượng đỏ, học sinh háo hức ngày đầu năm học.',
    body: 'Thầy cô chuẩn bị chu đáo đón học trò.',
    category: 'xa-hoi',
    tags: ['Giáo dục'],
    bylines: ['Nguyễn Thị Hoa'],
    publishedAt: '2024-09-05T01:00:00.000Z',
  },
  {
    slug: 'hoa-binh-va-phat-trien',
    title: 'Hòa bình và phát triển: hội thảo khoa học quốc tế',
    summary: 'Các học giả thảo luận về vai trò của hòa bình đối với phát triển bền vững.',
    body: 'Hội thảo có sự tham gia của đại biểu đến từ Москва và 北京.',
    category: 'thoi-su',
    tags: ['Hội thảo'],
    bylines: ['Minh Hải'],
    publishedAt: '2023-03-03T02:00:00.000Z',
  },
  {
    slug: 'chuyen-doi-so-dich-vu-cong',
    title: 'Chuyển đổi số: 90% thủ tục hành chính làm trực tuyến',
    summary: 'Người dân có thể nộp hồ sơ qua Cổng dịch vụ công của tỉnh tại địa chỉ dichvucong.quangnam.gov.vn.',
    body: 'Tổng đài hỗ trợ 1900-1234 hoạt động 24/7. Email: hotro@quangnam.gov.vn',
    category: 'dich-vu',
    tags: ['Chuyển đổi số', 'Dịch vụ công'],
    bylines: ['Thu Trang'],
    publishedAt: '2024-06-01T02:00:00.000Z',
  },
  {
    slug: 'ban-nhap-chua-dang',
    title: 'Bản nháp chưa đăng về chim yến',
    summary: 'Bài này là bản nháp, bạn đọc không được thấy nó trong kết quả.',
    body: 'Từ khóa riêng: kỳlân yếnsào.',
    category: 'kinh-te',
    bylines: ['Thu Trang'],
    publishedAt: '2024-01-01T02:00:00.000Z',
    status: 'draft',
  },
  {
    slug: 'hen-gio-tuong-lai',
    title: 'Bài hẹn giờ đăng trong tương lai về chim yến',
    summary: 'Bài hẹn giờ chưa tới giờ đăng thì không hiện ra.',
    body: 'Chim yến làm tổ trên vách đá Cù Lao Chàm.',
    category: 'kinh-te',
    bylines: ['Thu Trang'],
    publishedAt: '2999-01-01T02:00:00.000Z',
    status: 'scheduled',
  },
  {
    slug: 'go-bai-da-go',
    title: 'Bài đã gỡ về chim yến',
    summary: 'Bài đã gỡ không còn xuất hiện trong tìm kiếm.',
    body: 'Chim yến.',
    category: 'kinh-te',
    bylines: ['Thu Trang'],
    publishedAt: '2023-01-01T02:00:00.000Z',
    status: 'unpublished',
  },
  {
    slug: 'yen-sao-cu-lao-cham',
    title: 'Khai thác yến sào Cù Lao Chàm đúng quy trình',
    summary: 'Nghề khai thác tổ chim yến mang lại nguồn thu lớn cho ngân sách.',
    body: 'Mùa khai thác yến kéo dài từ tháng 4 đến tháng 8.',
    category: 'kinh-te',
    tags: ['Yến sào'],
    bylines: ['Alăng Ngước'],
    publishedAt: '2022-05-05T02:00:00.000Z',
  },
];

export async function insertFixtures(db: Kysely<Database>, list: Fixture[] = fixtures): Promise<void> {
  await withWriteTransaction(async (tx) => {
    for (const f of list) {
      await writeIndexRecord(tx, {
        id: `fx_${f.slug}`,
        slug: f.slug,
        source: 'db',
        contentHash: null,
        title: f.title,
        summary: f.summary,
        body: f.body,
        category: f.category,
        tags: f.tags ?? [],
        bylines: (f.bylines ?? ['Phóng viên']).map((name) => ({ name, role: 'reporter' as const })),
        cover: null,
        dateline: null,
        status: f.status ?? 'published',
        publishedAt: f.publishedAt,
        updatedAt: f.publishedAt,
        createdAt: f.publishedAt,
        authorId: null,
        version: 1,
        sample: false,
      });
    }
  }, db);
}
