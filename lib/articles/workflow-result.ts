/** What a workflow write answers: success with the article and the pages to refresh, or a failure to show. */
import type { TaggedArticle } from '@/lib/cache/tags';
import type { PublishProblem } from '@/lib/validations/publish-readiness';
import type { EditorArticle, RevisionSnapshot } from './editor-reads';

export type ConflictInfo = {
  /** The version now stored. */
  version: number;
  /** The article as now stored ("theirs"). */
  snapshot: RevisionSnapshot;
  savedBy: string | null;
  savedAt: string;
};

export type FailureCode =
  | 'not-found'
  | 'forbidden'
  | 'conflict'
  | 'invalid'
  | 'invalid-body'
  | 'slug-taken'
  | 'slug-locked'
  | 'not-ready'
  | 'bad-state'
  | 'bad-time';

export type WorkflowFailure = {
  ok: false;
  code: FailureCode;
  /** In Vietnamese, ready to show. */
  message: string;
  /** Form field name → message (invalid). */
  fieldErrors?: Record<string, string>;
  /** "Dòng N: …" lines (invalid-body). */
  issues?: string[];
  /** What stops publishing (not-ready). */
  problems?: PublishProblem[];
  conflict?: ConflictInfo;
};

export type WorkflowSuccess = {
  ok: true;
  article: EditorArticle;
  /** The article's public footprint before and after, for revalidateArticle. Empty when no reader could see a difference. */
  revalidate: TaggedArticle[];
  /** An autosave or a restore of a live article went into the person's pending copy (pending-edits.ts); the article is unchanged. */
  pendingCopy?: boolean;
};

export type WorkflowResult = WorkflowSuccess | WorkflowFailure;

/** Facts about the request, and the clock (tests set `now`). */
export type WriteContext = { ip?: string | null; now?: Date };

export const fail = (code: FailureCode, message: string, extra: Partial<WorkflowFailure> = {}): WorkflowFailure => ({ ok: false, code, message, ...extra });

export const messages = {
  notFound: 'Không tìm thấy bài viết.',
  forbidden: 'Bạn không có quyền thực hiện việc này với bài viết này.',
  contentReadOnly: 'Bài này được lưu trong git (thư mục content/) nên chỉ đọc trong trình soạn thảo.',
  conflict: 'Bài đã được người khác lưu sau khi bạn mở. Bản của bạn chưa được ghi: hãy so sánh hai bản bên dưới.',
  invalid: 'Có trường chưa hợp lệ. Hãy sửa các mục được đánh dấu; nội dung bạn đã gõ vẫn còn nguyên.',
  invalidBody: 'Nội dung bài có chỗ không được phép nên chưa được lưu; bản nháp đã lưu trước đó vẫn giữ nguyên.',
  slugTaken: 'Đường dẫn này đã được một bài khác dùng. Hãy chọn đường dẫn khác.',
  unknownSection: 'Chuyên mục này không còn trên trang (có thể vừa được đổi tên hoặc xóa). Hãy tải lại trang và chọn lại chuyên mục.',
  slugLocked: 'Bài đã đăng nên không đổi được đường dẫn: các liên kết tới bài phải tiếp tục dùng được.',
  notReady: 'Chưa đăng được: mọi ảnh cần có mô tả ảnh cho người khiếm thị và tên người chụp.',
  pastTime: 'Thời điểm hẹn giờ đã qua. Hãy chọn một thời điểm sau bây giờ, hoặc đăng ngay.',
} as const;
