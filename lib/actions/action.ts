import 'server-only';
import type { z } from 'zod';
import { type SessionUser, authorizeAction, requestIp } from '@/lib/auth/session';
import type { Role } from '@/lib/db/schema';

/** The messages every form shares (one place, not one per action). */
export const INVALID_FIELDS_MESSAGE = 'Hãy sửa các ô được đánh dấu.';
export const SERVER_ERROR_MESSAGE = 'Máy chủ chưa lưu được (lỗi tạm thời). Nội dung bạn gõ vẫn còn trong trình duyệt; hãy thử lại sau ít giây.';

export type ActionContext = {
  actor: SessionUser;
  ip: string | null;
  form: FormData;
  /** Queue work for after the call succeeded, outside the try: cache refreshes, `redirect`. */
  defer: (fn: () => void | Promise<void>) => void;
};

/** First message per field of a failed parse; `name` maps a zod path to the form field's name. */
export function zodFieldErrors(error: z.ZodError, name: (path: PropertyKey[]) => string = (p) => String(p[0] ?? '_')): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) out[name(issue.path)] ??= issue.message;
  return out;
}

/**
 * The one shape of a form's server action: authorise (session + role, from the
 * database) → parse with the form's zod schema → run the data function (which
 * checks the rights again and writes the audit line in its own transaction) →
 * typed state. An unexpected failure is logged and answered with a message,
 * never a stack trace; `after` runs outside the try, so `redirect` works there.
 */
export function formAction<S extends z.ZodType, State>(def: {
  name: string;
  roles?: Role[];
  /** The two-step set-up: allowed while the newsroom still waits for the person to turn it on. */
  enrolling?: boolean;
  schema: S;
  input: (form: FormData) => unknown;
  fail: (message: string, fieldErrors?: Record<string, string>) => State;
  invalid?: (error: z.ZodError) => State;
  run: (data: z.output<S>, ctx: ActionContext) => Promise<State>;
  after?: (state: State, data: z.output<S>, ctx: ActionContext) => void | Promise<void>;
}): (prev: State, form: FormData) => Promise<State> {
  return async (_prev, form) => {
    const auth = await authorizeAction(def.roles, { enrolling: def.enrolling });
    if (!auth.ok) return def.fail(auth.message);
    const parsed = def.schema.safeParse(def.input(form));
    if (!parsed.success) return def.invalid ? def.invalid(parsed.error) : def.fail(INVALID_FIELDS_MESSAGE, zodFieldErrors(parsed.error));
    const deferred: (() => void | Promise<void>)[] = [];
    const ctx: ActionContext = { actor: auth.user, ip: await requestIp(), form, defer: (fn) => void deferred.push(fn) };
    let state: State;
    try {
      state = await def.run(parsed.data, ctx);
    } catch (error) {
      console.error(`[bản tin] ${def.name} failed:`, error);
      return def.fail(SERVER_ERROR_MESSAGE);
    }
    for (const fn of deferred) await fn();
    if (def.after) await def.after(state, parsed.data, ctx);
    return state;
  };
}

/** A form field as text ('' when absent or a file). */
export function formText(form: FormData, name: string): string {
  const v = form.get(name);
  return typeof v === 'string' ? v : '';
}
