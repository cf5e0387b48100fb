import type { CustomerSummary } from '../../db/data-quality/customer-summaries.ts';

export type CustomerSummaryDto = Omit<CustomerSummary, 'updatedAt' | 'lastReviewedAt'> & {
  updatedAt: string;
  lastReviewedAt: string | null;
};

export function toSummaryDto(summary: CustomerSummary): CustomerSummaryDto {
  return {
    ...summary,
    updatedAt: summary.updatedAt.toISOString(),
    lastReviewedAt: summary.lastReviewedAt?.toISOString() ?? null,
  };
}
