/** The scoring model (SPEC C2, C5.1): types, the default model, validation and the oracle. */
export * from './model-types.ts';
export * from './computed-sources.ts';
export * from './score-types.ts';
export { DEFAULT_MODEL } from './default-model.ts';
export { validateModel } from './validate-model.ts';
export { scorePopulation } from './score-population.ts';
export { percentileScores } from './percentile.ts';
export { linearScore, bandScore, ratingScore } from './normalise.ts';
export { tierFor, tierRank } from './tier.ts';
export * from './explain.ts';
export * from './migration-matrix.ts';
