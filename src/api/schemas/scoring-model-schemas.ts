import { z } from 'zod';
import { ROLES } from '../../domain/roles.ts';
import { COMPUTED_SOURCES } from '../../domain/scoring/computed-sources.ts';

/**
 * Shapes of the scoring model (src/domain/scoring/model-types.ts). zod checks only types; the
 * values (weights adding up to 100, ordered thresholds and bands, scales with a default…) are
 * checked by the domain's validateModel, whose issues name the field, e.g.
 * `dimensions.0.indicators.2.weight`, with localised messages.
 */
const localised = z.object({ 'zh-CN': z.string(), 'zh-TW': z.string(), en: z.string() });
const decimal = z.string().describe('decimal string in the source unit, e.g. "30" or "0.5"');

const normalisation = z.discriminatedUnion('method', [
  z.object({ method: z.literal('percentile') }),
  z.object({ method: z.literal('linear'), floor: decimal, cap: decimal }),
  z.object({
    method: z.literal('bands'),
    base: z.number(),
    steps: z.array(z.object({ atLeast: decimal, score: z.number() })),
  }),
]);

const indicatorBase = { id: z.string(), labels: localised, weight: z.number() };

const indicator = z.discriminatedUnion('kind', [
  z.object({
    ...indicatorBase,
    kind: z.literal('computed'),
    source: z.enum(COMPUTED_SOURCES),
    normalisation,
    missingScore: z.number(),
  }),
  z.object({
    ...indicatorBase,
    kind: z.literal('rated'),
    scale: z.object({
      points: z.array(z.object({ value: z.number(), score: z.number(), labels: localised })),
      defaultValue: z.number(),
    }),
  }),
]);

const measure = z.object({
  id: z.string(),
  text: localised,
  task: z
    .object({
      cadence: z.object({
        every: z.number(),
        unit: z.enum(['week', 'month', 'quarter', 'year']),
      }),
      role: z.enum(ROLES),
    })
    .optional(),
});

const modelShape = {
  name: localised,
  dimensions: z.array(
    z.object({ id: z.string(), labels: localised, indicators: z.array(indicator) }),
  ),
  thresholds: z.object({ A: z.number(), B: z.number(), C: z.number() }),
  measures: z.object({
    A: z.array(measure),
    B: z.array(measure),
    C: z.array(measure),
    D: z.array(measure),
  }),
};

export const scoringModelSchema = z
  .object({ id: z.string(), version: z.number().int(), ...modelShape })
  .meta({ id: 'ScoringModel' });

/** What the editor sends: the version number is the system's, the key may be left out. */
export const scoringModelInputSchema = z
  .object({ id: z.string().optional(), version: z.number().optional(), ...modelShape })
  .meta({ id: 'ScoringModelDraft' });

export const modelStatusSchema = z.enum(['draft', 'adopted', 'retired']);

export const modelVersionSchema = z
  .object({
    id: z.number(),
    modelKey: z.string(),
    version: z.number(),
    status: modelStatusSchema,
    revision: z.number().describe('send as If-Match to edit or delete the draft'),
    definition: scoringModelSchema,
    createdAt: z.string(),
    adoptedAt: z.string().nullable(),
    retiredAt: z.string().nullable(),
  })
  .meta({ id: 'ModelVersion' });

export const modelVersionListSchema = z
  .object({
    items: z.array(
      z.object({
        id: z.number(),
        modelKey: z.string(),
        version: z.number(),
        status: modelStatusSchema,
        revision: z.number(),
        name: localised,
        createdAt: z.string(),
        adoptedAt: z.string().nullable(),
        retiredAt: z.string().nullable(),
      }),
    ),
    mayEdit: z.boolean().describe('the viewer may draft, edit, delete and adopt (committee)'),
  })
  .meta({ id: 'ModelVersionList' });

/** A new draft: from a definition, or as a copy of an existing version (exactly one). */
export const newModelVersionSchema = z
  .object({
    copyFrom: z.number().int().positive().optional().describe('id of the version to copy'),
    definition: scoringModelInputSchema.optional(),
  })
  .strict();
