import { z } from 'zod';
import { fieldEntryOf, type PublicKeys, type Surface } from '../../domain/field-classes.ts';

/** For the OpenAPI document: why a field may be missing from an answer. */
export const FIELD_RULES_NOTE =
  'Field rules (C7.3): fields the reader may not see are absent (not null); basic personal data may come masked (138****5678, a***@example.com, 江苏省苏州市吴中区***, a birthday as its year).';

type ClassifiedShape<S extends Surface, Shape extends z.core.$ZodShape> = {
  -readonly [K in keyof Shape]: K extends PublicKeys<S> ? Shape[K] : z.ZodOptional<Shape[K]>;
};

/**
 * A response object whose fields follow the registry of src/domain/field-classes.ts: public
 * fields as given, every other class optional — the projection leaves them out for readers who
 * may not see them. classified-schema.test.ts checks each schema's keys against the registry.
 */
export function classified<S extends Surface, Shape extends z.core.$ZodShape>(
  surface: S,
  schema: z.ZodObject<Shape>,
): z.ZodObject<ClassifiedShape<S, Shape>> {
  const shape = Object.fromEntries(
    Object.entries(schema.shape).map(([key, field]) => [
      key,
      fieldEntryOf(surface, key)?.class === 'public' ? field : z.optional(field),
    ]),
  );
  // The keys and field types are the given shape's; TypeScript cannot follow the mapping.
  return z.object(shape) as unknown as z.ZodObject<ClassifiedShape<S, Shape>>;
}
