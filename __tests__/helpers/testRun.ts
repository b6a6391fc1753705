/**
 * What __tests__/setup/globalSetup.js made once for this jest run, handed over in the environment
 * (workers inherit it): the run's folder, and the CLI and the action bundled from src/.
 */
function fromGlobalSetup(name: string): string {
  const value = process.env[name]
  if (value === undefined || value === '') {
    throw new Error(`${name} is not set: run the tests with jest (jest.config.js's globalSetup sets it)`)
  }
  return value
}

/** The folder of this jest run (removed after it). */
export function testRunDir(): string {
  return fromGlobalSetup('FBUILD_TEST_RUN_DIR')
}

/** src/cli/index.ts bundled in one ES module: `node <it> ARGS` runs the CLI under test. */
export function cliBundle(): string {
  return fromGlobalSetup('FBUILD_TEST_CLI')
}

/** The action's step bundled from src/ as dist/ lays it out (`main`: dist/index.js, `post`: dist/post.js). */
export function actionBundle(step: 'main' | 'post'): string {
  return fromGlobalSetup(step === 'main' ? 'FBUILD_TEST_ACTION_MAIN' : 'FBUILD_TEST_ACTION_POST')
}
