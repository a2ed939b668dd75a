import { join } from 'node:path';

/** `test/fixtures` of the source tree, whether run from `out/test/…` or from the sources. */
export const fixturesDir = join(__dirname, '..', '..', '..', 'test', 'fixtures');
