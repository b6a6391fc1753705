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
 * Seconds each suite held its worker on the 2-core CI machine (wall time, FBUILD_TEST_CPU_LOG,
 * setup/suiteCpu.js; a clean-clone .ci/run on 2026-12-07), for the suites over 8 s: wall, not CPU,
 * because a suite that waits (main.test.ts's late cache service) still holds its worker. An
 * unlisted suite counts as SHORT_SUITE_SECONDS.
 */
export const MEASURED_SECONDS = {
  '__tests__/action/main.test.ts': 76,
  '__tests__/oracle.test.ts': 45,
  '__tests__/realLibraries.test.ts': 41,
  '__tests__/action/e2e.test.ts': 40,
  '__tests__/action/compileSketches.e2e.test.ts': 37,
  '__tests__/action/samd.e2e.test.ts': 35,
  '__tests__/unitCache/invalidation.test.ts': 34,
  '__tests__/samdOracle.test.ts': 26,
  '__tests__/unitCache/faults.test.ts': 26,
  '__tests__/install/platforms.test.ts': 22,
  '__tests__/engine/hooks.test.ts': 22,
  '__tests__/install/samdPlatform.test.ts': 21,
  '__tests__/action/platforms.e2e.test.ts': 20,
  '__tests__/unitCache/relocationSamd.test.ts': 20,
  '__tests__/fixtures/cacheServer.test.ts': 19,
  '__tests__/action/pullRequest.test.ts': 16,
  '__tests__/unitCache/relocation.test.ts': 16,
  '__tests__/action/libraries.e2e.test.ts': 15,
  '__tests__/action/post.test.ts': 13,
  '__tests__/lint/layers.test.ts': 13,
  '__tests__/action/log.e2e.test.ts': 12,
  '__tests__/install/install.test.ts': 12,
  '__tests__/install/libraries.test.ts': 11,
  '__tests__/engine/libraryLinkage.test.ts': 10,
  '__tests__/toolchain/identityMemo.test.ts': 10,
  '__tests__/install/concurrency.test.ts': 10,
  '__tests__/unitCache/degradedStore.test.ts': 9,
  '__tests__/cli/newcomer.test.ts': 8,
  '__tests__/arduino/prototypes.test.ts': 8
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
