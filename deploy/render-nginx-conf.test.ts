import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderNginxConf, writeNginxConf } from './render-nginx-conf.mjs';

const NGINX = process.env.NGINX || '/usr/sbin/nginx';
const base = { listen: '127.0.0.1:3399', upstream: '127.0.0.1:3398', prefix: '/tmp/bantin-nginx-test' };

describe('deploy/render-nginx-conf.mjs', () => {
  it('fills every value of the template', () => {
    const conf = renderNginxConf({ ...base, user: 'www-data' });
    expect(conf).not.toMatch(/\{\{\w+\}\}/);
    expect(conf).toContain('listen 127.0.0.1:3399;');
    expect(conf).toContain('server 127.0.0.1:3398;');
    expect(conf).toMatch(/^user www-data;$/m);
    // bench:serve measured cached hits of large pages stalling 40 ms each under TCP_CORK.
    expect(conf).toMatch(/^\s*tcp_nopush off;$/m);
  });

  it('refuses a value that would add a directive', () => {
    expect(() => renderNginxConf({ ...base, upstream: '127.0.0.1:3000; } server { listen 81' })).toThrow(/bad UPSTREAM/);
    expect(() => renderNginxConf({ ...base, prefix: '/tmp/a b' })).toThrow(/bad PREFIX/);
  });

  it('compresses with brotli only when the module is there', () => {
    expect(renderNginxConf({ ...base, brotliModule: 'off' })).not.toMatch(/brotli/);
    const conf = renderNginxConf({ ...base, brotliModule: '/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so' });
    expect(conf).toMatch(/^load_module \/usr\/lib\/nginx\/modules\/ngx_http_brotli_filter_module\.so;$/m);
    expect(conf).toMatch(/^\s*brotli on;$/m);
    expect(() => renderNginxConf({ ...base, brotliModule: '/x.so; daemon off' })).toThrow(/bad brotliModule/);
  });

  it('turns the refresh on publish on only with a well-formed secret', () => {
    // No entry but the default: an empty value in the map would make every reader's request a refresh.
    expect(renderNginxConf(base)).toMatch(/map \$http_x_bantin_refresh \$bantin_refresh \{\s*default 0;\s*\}/);
    expect(renderNginxConf({ ...base, refreshSecret: 'abcdefghijklmnop-123' })).toMatch(/^\s*"abcdefghijklmnop-123" 1;$/m);
    expect(() => renderNginxConf({ ...base, refreshSecret: 'short' })).toThrow(/bad refreshSecret/);
    expect(() => renderNginxConf({ ...base, refreshSecret: 'abcdefghijklmnop" 1; default 1' })).toThrow(/bad refreshSecret/);
  });

  it.skipIf(!fs.existsSync(NGINX))('writes a configuration nginx accepts', () => {
    const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'bantin-nginx-conf-'));
    const conf = writeNginxConf({ ...base, prefix, refreshSecret: 'abcdefghijklmnop-123' });
    // nginx -t exits non-zero (and execFileSync throws) on any error in the file.
    execFileSync(NGINX, ['-t', '-q', '-p', prefix, '-c', conf, '-e', path.join(prefix, 'error.log')]);
    fs.rmSync(prefix, { recursive: true, force: true });
  });
});
