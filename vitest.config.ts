import { defineConfig } from 'vitest/config'

/**
 * Two lanes, run one after the other by `npm test` (scripts/test.ts):
 * - sqlite (default): unit, integration and end-to-end on the embedded SQLite database;
 * - mongodb (TEST_LANE=mongodb, MONGODB_URI set): every integration and end-to-end file again,
 *   on MongoDB. A lane is one Vitest run, so each keeps one database config per process.
 */
const lane = process.env.TEST_LANE === 'mongodb' ? 'mongodb' : 'sqlite'
if (lane === 'mongodb' && !process.env.MONGODB_URI) {
  throw new Error('TEST_LANE=mongodb needs MONGODB_URI (npm test starts a MongoDB wire server and sets it).')
}
// Read by the global setups, which run in this process (tests/helpers/testDatabase.ts).
process.env.TEST_DB = lane
const suffix = lane === 'mongodb' ? '-mongodb' : ''

export default defineConfig({
  test: {
    projects: [
      ...(lane === 'sqlite' ? [{ test: { name: 'unit', include: ['tests/{unit,security}/**/*.unit.test.ts'] } }] : []),
      {
        test: {
          name: `int-${lane}`,
          include: ['tests/{int,security}/**/*.int.test.ts'],
          globalSetup: ['tests/helpers/intGlobalSetup.ts'],
          setupFiles: ['tests/helpers/intFileDatabase.ts'],
          env: { TEST_DB: lane, NODE_ENV: 'test' },
          testTimeout: lane === 'mongodb' ? 60_000 : 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: `e2e${suffix}`,
          include: ['tests/{e2e,security}/**/*.e2e.test.ts'],
          globalSetup: ['tests/helpers/e2eGlobalSetup.ts'],
          env: { TEST_DB: lane },
          testTimeout: 60_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
