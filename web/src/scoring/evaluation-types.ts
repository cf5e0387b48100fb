/**
 * Short names for the generated contract types of evaluation runs (评估), explanations, overrides
 * (人工调整) and appeals (申诉): web/src/api/schema.d.ts, from the server's openapi.json.
 */
import type { components, paths } from '../api/schema';

type Schemas = components['schemas'];
type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;

export type Run = Schemas['ScoringRun'];
export type RunState = Run['state'];
export type RunListItem = Json<
  paths['/api/scoring/runs']['get']['responses'][200]
>['items'][number];
export type RunList = Json<paths['/api/scoring/runs']['get']['responses'][200]>;
export type RunInput = NonNullable<
  paths['/api/scoring/runs']['post']['requestBody']
>['content']['application/json'];
export type RunReview = Schemas['ScoringRunReview'];
export type GroupCount = RunReview['byOrgUnit'][number];
export type Movement = RunReview['movement'][number];

export type RunScoresQuery = NonNullable<
  paths['/api/scoring/runs/{id}/scores']['get']['parameters']['query']
>;
export type RunScores = Json<paths['/api/scoring/runs/{id}/scores']['get']['responses'][200]>;
export type RunScoreRow = RunScores['items'][number];
export type TierChange = RunScoreRow['change'];

export type CustomerScore = Schemas['CustomerScore'];
export type CustomerRunSummary = CustomerScore['runs'][number];
export type Explanation = NonNullable<CustomerScore['explanation']>;
export type IndicatorLine = Explanation['indicators'][number];
export type ScoreDiff = NonNullable<Explanation['diff']>;

export type Override = Schemas['TierOverride'];
export type OverrideState = Override['state'];
export type OverrideList = Json<
  paths['/api/scoring/runs/{runId}/overrides']['get']['responses'][200]
>;
export type Appeal = Schemas['TierAppeal'];
export type AppealState = Appeal['state'];
export type AppealList = Json<paths['/api/scoring/runs/{runId}/appeals']['get']['responses'][200]>;
export type Attachment = Schemas['AppealAttachment'];

export type Tier = RunScoreRow['tier'];
export type CaseQuery = { page: number; pageSize: number; state?: string };
