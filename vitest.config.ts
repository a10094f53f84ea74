import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests run against real processes over real HTTP. The `embedded` project uses the
 * embedded stores; the `postgres` project runs the same tests against a PostgreSQL server when
 * CSEC_TEST_POSTGRES_URL names one (CI always sets it).
 */
const postgresUrl = process.env['CSEC_TEST_POSTGRES_URL'];

const shared = {
  include: ['tests/e2e/**/*.test.ts'],
  setupFiles: ['tests/support/service-tls-setup.ts'],
  testTimeout: 60_000,
  hookTimeout: 180_000,
  fileParallelism: false,
};

export default defineConfig({
  test: {
    projects: [
      { test: { ...shared, name: 'embedded', globalSetup: ['tests/support/global-setup.ts'], env: { CSEC_TEST_STORE: 'embedded' } } },
      ...(postgresUrl
        ? [{ test: { ...shared, name: 'postgres', globalSetup: ['tests/support/global-setup.ts'], env: { CSEC_TEST_STORE: 'postgres' } } }]
        : []),
      // Unit tests share the cores with the systems the end-to-end projects start: a test that takes
      // a second alone can take several then, so the limit is for a hang, not for speed.
      { test: { include: ['tests/unit/**/*.test.ts'], name: 'unit', testTimeout: 30_000 } },
      // A person's steps in the web application, in Debian's chromium, against the same system.
      {
        test: {
          include: ['tests/browser/**/*.test.ts'],
          name: 'browser',
          globalSetup: ['tests/support/global-setup.ts'],
          setupFiles: ['tests/support/service-tls-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
