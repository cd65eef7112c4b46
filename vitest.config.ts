import { defineConfig } from 'vitest/config'

const mongoUri = process.env.MONGODB_URI

const intProject = (database: 'sqlite' | 'mongodb') => ({
  test: {
    name: `int-${database}`,
    include: ['tests/{int,security}/**/*.int.test.ts'],
    globalSetup: ['tests/helpers/intGlobalSetup.ts'],
    env: { TEST_DB: database, NODE_ENV: 'test' },
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
})

if (!mongoUri && !process.env.VITEST_WORKER_ID) {
  console.log('MongoDB integration tests skipped: set MONGODB_URI (e.g. mongodb://127.0.0.1/va-test) to run them too.')
}

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/{unit,security}/**/*.unit.test.ts'] } },
      intProject('sqlite'),
      ...(mongoUri ? [intProject('mongodb')] : []),
      {
        test: {
          name: 'e2e',
          include: ['tests/{e2e,security}/**/*.e2e.test.ts'],
          globalSetup: ['tests/helpers/e2eGlobalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
