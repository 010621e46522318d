/** The refusal every front-page write answers with (the same words as lib/auth/session.ts FORBIDDEN_MESSAGE, without importing it: lib/auth reads sessions, this folder does not). */
export const FORBIDDEN_TEXT = 'Bạn không có quyền thực hiện việc này.';
