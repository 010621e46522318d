/** Types of lib/http/csp-policy.mjs (plain JavaScript so next.config.mjs can import it). */
export const VIDEO_FRAME_ORIGINS: readonly string[];
export const publicCsp: string;
export function strictCsp(nonce: string, dev?: boolean): string;
