#!/usr/bin/env node
/**
 * Renders deploy/nginx.conf for one machine: where nginx listens, where the
 * portal runs, the build's static files and a prefix for nginx's pid, logs,
 * temp files and cache. Used by deploy/run-local.sh, e2e/proxy.spec.ts and
 * bench/serve.mts.
 *
 *   node deploy/render-nginx-conf.mjs --listen 8080 --upstream 127.0.0.1:3000 \
 *     --prefix /var/lib/bantin-nginx [--static-dir .next/static] [--workers auto] [--user www-data] [--out file]
 *     [--refresh-secret S]   (default: $PROXY_REFRESH_SECRET; the portal's refresh on publish)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = path.dirname(fileURLToPath(import.meta.url));
const NAME = /^[\w.:/[\]-]+$/;
const BROTLI_SO = '/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so';
const COMPRESSED_TYPES = 'text/css text/plain text/xml application/javascript application/json application/rss+xml application/xml application/manifest+json image/svg+xml text/x-component';

/** The config text, with every value checked so that none can inject a directive. */
export function renderNginxConf({ listen, upstream, prefix, staticDir = path.join(here, '..', '.next', 'static'), workers = 'auto', accessLog = 'off', mimeTypes = '/etc/nginx/mime.types', user, brotliModule = 'auto', refreshSecret }) {
  const values = { LISTEN: String(listen), UPSTREAM: upstream, PREFIX: path.resolve(prefix), STATIC_DIR: path.resolve(staticDir), WORKERS: String(workers), ACCESS_LOG: accessLog, MIME_TYPES: mimeTypes };
  // Started by root, nginx's workers would become `nobody` and could not write into a private
  // prefix: name the user (production: --user www-data, owning the prefix), else the caller.
  const worker = user ?? (process.getuid?.() === 0 ? os.userInfo().username : undefined);
  if (worker !== undefined) values.USER = worker;
  for (const [k, v] of Object.entries(values)) if (!v || !NAME.test(v)) throw new Error(`render-nginx-conf: bad ${k}: ${JSON.stringify(v)}`);
  // Without a secret no header value turns the refresh on (an empty map entry would match every reader).
  if (refreshSecret !== undefined && refreshSecret !== '' && !/^[\w-]{16,128}$/.test(refreshSecret)) throw new Error('render-nginx-conf: bad refreshSecret: 16–128 letters, digits, _ or -');
  values.REFRESH_MATCH = refreshSecret ? `"${refreshSecret}" 1;` : '';
  values.USER_DIRECTIVE = worker === undefined ? '' : `user ${worker};\n`;
  // Brotli when Debian's module is installed (libnginx-mod-http-brotli-filter): 15–20% fewer bytes than
  // gzip for Vietnamese HTML on a phone; without it the same config serves gzip only.
  const brotli = brotliModule === 'off' ? null : brotliModule === 'auto' ? (fs.existsSync(BROTLI_SO) ? BROTLI_SO : null) : brotliModule;
  if (brotli !== null && !NAME.test(brotli)) throw new Error(`render-nginx-conf: bad brotliModule: ${JSON.stringify(brotli)}`);
  values.BROTLI_MODULE = brotli ? `load_module ${brotli};\n` : '';
  values.BROTLI = brotli ? `brotli on;\n  brotli_comp_level 5;\n  brotli_min_length 1024;\n  brotli_types ${COMPRESSED_TYPES};\n` : '';
  const template = fs.readFileSync(path.join(here, 'nginx.conf'), 'utf8');
  return template.replace(/\{\{(\w+)\}\}/g, (_, k) => {
    if (!(k in values)) throw new Error(`render-nginx-conf: no value for {{${k}}}`);
    return values[k];
  });
}

/** Renders into prefix/nginx.conf and creates the directories nginx writes to. */
export function writeNginxConf(opts) {
  const prefix = path.resolve(opts.prefix);
  for (const d of ['logs', 'client_body', 'proxy_temp', 'fastcgi_temp', 'uwsgi_temp', 'scgi_temp', 'cache/html', 'cache/media']) fs.mkdirSync(path.join(prefix, d), { recursive: true });
  const file = opts.out ?? path.join(prefix, 'nginx.conf');
  fs.writeFileSync(file, renderNginxConf({ ...opts, prefix }));
  return file;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      listen: { type: 'string' },
      upstream: { type: 'string' },
      prefix: { type: 'string' },
      'static-dir': { type: 'string' },
      workers: { type: 'string' },
      'access-log': { type: 'string' },
      out: { type: 'string' },
      user: { type: 'string' },
      'refresh-secret': { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help || !values.listen || !values.upstream || !values.prefix) {
    console.log('node deploy/render-nginx-conf.mjs --listen PORT --upstream HOST:PORT --prefix DIR [--static-dir DIR] [--workers N|auto] [--access-log FILE|off] [--user NAME] [--refresh-secret S] [--out FILE]');
    process.exit(values.help ? 0 : 2);
  }
  const file = writeNginxConf({ listen: values.listen, upstream: values.upstream, prefix: values.prefix, staticDir: values['static-dir'], workers: values.workers, accessLog: values['access-log'], user: values.user, refreshSecret: values['refresh-secret'] ?? process.env.PROXY_REFRESH_SECRET, out: values.out });
  console.log(file);
}
