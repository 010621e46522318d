/** Types of deploy/render-nginx-conf.mjs (a plain script for operators), for its test. */
export type NginxConfOptions = { listen: string | number; upstream: string; prefix: string; staticDir?: string; workers?: string | number; accessLog?: string; mimeTypes?: string; user?: string; out?: string; brotliModule?: 'auto' | 'off' | string; refreshSecret?: string };
export function renderNginxConf(opts: NginxConfOptions): string;
export function writeNginxConf(opts: NginxConfOptions): string;
