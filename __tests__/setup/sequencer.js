/**
 * The slowest suites first, so the two workers finish together instead of one running the oracle
 * alone at the end. Jest orders by the durations of the last run in its cache; a fresh clone has
 * none, and jest then orders by file size, which put the oracle (a short file, the longest suite)
 * last. So a suite without a recorded duration takes the one measured on CI below.
 */
import TestSequencer from '@jest/test-sequencer'
import path from 'node:path'

const repoDir = path.resolve(import.meta.dirname, '..', '..')

/**
 * CPU seconds per suite on the 2-core CI machine (FBUILD_TEST_CPU_LOG, setup/suiteCpu.js), for the
 * suites over ~10 s. An unlisted suite counts as SHORT_SUITE_SECONDS.
 */
export const MEASURED_SECONDS = {
  '__tests__/oracle.test.ts': 316,
  '__tests__/realLibraries.test.ts': 209,
  '__tests__/action/main.test.ts': 48,
  '__tests__/action/e2e.test.ts': 30,
  '__tests__/unitCache/faults.test.ts': 105,
  '__tests__/unitCache/invalidation.test.ts': 77,
  '__tests__/unitCache/relocation.test.ts': 56,
  '__tests__/action/pullRequest.test.ts': 50,
  '__tests__/action/libraries.e2e.test.ts': 40,
  '__tests__/unitCache/degradedStore.test.ts': 40,
  '__tests__/action/platforms.e2e.test.ts': 36,
  '__tests__/cli/storeCli.test.ts': 23,
  '__tests__/cli.test.ts': 16,
  '__tests__/lint/layers.test.ts': 15,
  '__tests__/store/concurrency.test.ts': 14,
  '__tests__/action/post.test.ts': 11
}

const SHORT_SUITE_SECONDS = 5

export default class SlowestFirst extends TestSequencer {
  sort(tests) {
    const recorded = test => this.time(test) / 1000 // jest records milliseconds (undefined: NaN)
    const seconds = test =>
      recorded(test) || MEASURED_SECONDS[path.relative(repoDir, test.path)] || SHORT_SUITE_SECONDS
    // Failed suites first as jest does (their news matters most), then the longest first.
    return [...tests].sort(
      (a, b) => Number(this.hasFailed(b)) - Number(this.hasFailed(a)) || seconds(b) - seconds(a)
    )
  }
}
