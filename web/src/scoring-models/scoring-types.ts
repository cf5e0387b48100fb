import type { components } from '../api/schema';
import type { ScoringModel } from '../../../src/domain/scoring/model-types.ts';

type Schemas = components['schemas'];

/** A version as the API sends it, with the definition typed by the domain's own model type. */
export type ModelVersion = Omit<Schemas['ModelVersion'], 'definition'> & {
  definition: ScoringModel;
};
export type ModelVersionList = Schemas['ModelVersionList'];
export type ModelVersionSummary = ModelVersionList['items'][number];
export type ModelStatus = ModelVersionSummary['status'];
