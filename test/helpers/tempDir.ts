import os from 'node:os'

/**
 * Where tests put their temporary directories: the run's own directory (made by jest's global
 * setup and removed by its teardown, so a run leaves nothing behind), else the system's.
 */
export const testTempDir = (): string => process.env.CASEBOOK_TEST_TMP ?? os.tmpdir()
