import type { CapacityRating, PerformanceRating } from '../../../domain/record-fields.ts';
import type { CreditProfileRow } from '../../../db/records/credit-profile-repository.ts';

export type CreditProfileDto = {
  paymentCapacity: CapacityRating | null;
  contractPerformance: PerformanceRating | null;
  creditLimit: string | null;
  financialStatusNotes: string | null;
  version: number;
  updatedAt: string;
};

export function toCreditProfileDto(row: CreditProfileRow): CreditProfileDto {
  return {
    paymentCapacity: row.paymentCapacity,
    contractPerformance: row.contractPerformance,
    creditLimit: row.creditLimit,
    financialStatusNotes: row.financialStatusNotes,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}
