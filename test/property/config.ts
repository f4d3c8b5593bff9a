import fc from 'fast-check';

/**
 * One place for the property-test budget: a fixed seed and a small run count in CI (the whole
 * folder stays well under a minute on two cores), many more with `npm run test:property`
 * (`UNPRESS_PROPERTY_RUNS`, and `UNPRESS_PROPERTY_SEED` to explore other inputs or replay one).
 */
export const runs = Number(process.env.UNPRESS_PROPERTY_RUNS ?? 60);
const seed = process.env.UNPRESS_PROPERTY_SEED === 'random' ? Date.now() : Number(process.env.UNPRESS_PROPERTY_SEED ?? 42);

fc.configureGlobal({ seed, numRuns: runs });

/** Jest's per-test timeout, grown with the run count. */
export const timeout = Math.max(30_000, runs * 500);

export { fc };
