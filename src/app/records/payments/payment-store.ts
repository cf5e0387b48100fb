import { paymentStanding, type Standing } from '../../../domain/payment-standing.ts';
import type { PaymentField } from '../../../domain/validation/record-rules.ts';
import {
  findPaymentRow,
  insertPaymentRow,
  PAYMENT_EXTERNAL_ID_KEY,
  paymentExternalIdTaken,
  updatePaymentIfVersion,
  type NewPaymentRow,
  type PaymentRow,
} from '../../../db/records/payment-repository.ts';
import type { VersionedStore } from '../versioned-record.ts';

export type PaymentInput = Partial<Record<PaymentField, unknown>>;

export type PaymentDto = {
  id: number;
  invoiceNo: string | null;
  issuedOn: string;
  dueOn: string;
  amount: string;
  paidOn: string | null;
  paidAmount: string | null;
  externalId: string | null;
  notes: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
};

export function toPaymentDto(row: PaymentRow): PaymentDto {
  return {
    id: row.id,
    invoiceNo: row.invoiceNo,
    issuedOn: row.issuedOn,
    dueOn: row.dueOn,
    amount: row.amount,
    paidOn: row.paidOn,
    paidAmount: row.paidAmount,
    externalId: row.externalId,
    notes: row.notes,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Where the invoice stands today (paid on time, late, overdue, not yet due), and by how much. */
export function withStanding(
  dto: PaymentDto,
  today: string,
): PaymentDto & { standing: Standing; days: number | null } {
  return { ...dto, ...paymentStanding(dto, today) };
}

export const PAYMENT_STORE: VersionedStore<PaymentRow, PaymentDto> = {
  type: 'payment',
  entityType: 'payment',
  surface: 'payment',
  find: findPaymentRow,
  insert: (tx, values) => insertPaymentRow(tx, values as NewPaymentRow),
  update: (tx, id, version, values) =>
    updatePaymentIfVersion(tx, id, version, values as Partial<NewPaymentRow>),
  toDto: toPaymentDto,
  externalId: { constraint: PAYMENT_EXTERNAL_ID_KEY, taken: paymentExternalIdTaken },
};
