import { useMemo } from 'react';
import type { FieldIssue } from '../../../src/domain/app-error.ts';
import { errorMessage } from '../../../src/domain/i18n/error-messages.ts';
import type { ScoringModel } from '../../../src/domain/scoring/model-types.ts';
import { validateModel } from '../../../src/domain/scoring/validate-model.ts';
import { useLanguage } from '../i18n/use-language.ts';

export type ModelIssues = {
  all: { field: string; message: string }[];
  /** Messages of the issues at exactly this path (`dimensions.0.indicators.2.weight`). */
  at(field: string): string[];
};

/**
 * The domain's own validateModel, run on every edit: the editor shows the server's rules and
 * messages before saving, and the server checks the same again on save.
 */
export function useModelIssues(model: ScoringModel): ModelIssues {
  const [language] = useLanguage();
  return useMemo(() => {
    const issues: FieldIssue[] = safeValidate(model);
    const all = issues.map((issue) => ({
      field: issue.field,
      message: errorMessage(issue.code, language, issue.field, issue.params),
    }));
    return {
      all,
      at: (field) => all.filter((issue) => issue.field === field).map((issue) => issue.message),
    };
  }, [model, language]);
}

function safeValidate(model: ScoringModel): FieldIssue[] {
  try {
    return validateModel(model);
  } catch {
    // A half-edited shape the validator cannot read: say so rather than break the screen.
    return [{ field: 'definition', code: 'validation.invalid' }];
  }
}
