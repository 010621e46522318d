import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      'contentlayer/generated': path.resolve(import.meta.dirname, '.contentlayer/generated'),
      // Server-only guards are for the Next.js bundler; in tests every module is server code.
      'server-only': path.resolve(import.meta.dirname, 'test/server-only-stub.ts'),
    },
  },
  test: {
    environment: 'node',
    include: ['**/*.test.ts', '**/*.test.tsx'],
    exclude: ['node_modules/**', '.next/**', 'e2e/**', 'bench/**'],
    // Each file in its own process: tests switch DATA_DIR / DATABASE_URL per file.
    pool: 'forks',
    // Generous: CI runs on a 2-core machine that other work may be loading (sharp and bcrypt are CPU-bound).
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
