/** Types of deploy/render-nginx-conf.mjs, for the e2e spec and the benchmark. */
export type NginxConfOptions = {
  listen: string | number;
  upstream: string;
  prefix: string;
  staticDir?: string;
  workers?: string | number;
  accessLog?: string;
  mimeTypes?: string;
  out?: string;
};
export function renderNginxConf(opts: NginxConfOptions): string;
export function writeNginxConf(opts: NginxConfOptions): string;
