import { AppError } from '../app-error.ts';
import type { ColumnMappingInput } from './header-match.ts';

/**
 * A column mapping given as JSON text, `{"公司":"name","备注":null}` (header → field, null to
 * ignore the column), the same for the HTTP query parameter and the CLI option. Anything else
 * is a field error naming the mapping.
 */
export function parseColumnMapping(text: string): ColumnMappingInput {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  const valid =
    typeof parsed === 'object' &&
    parsed !== null &&
    !Array.isArray(parsed) &&
    Object.values(parsed).every((v) => v === null || typeof v === 'string');
  if (!valid) {
    throw new AppError('validation.mapping', {
      field: 'mapping',
      params: { value: text.slice(0, 80) },
    });
  }
  return parsed as ColumnMappingInput;
}
