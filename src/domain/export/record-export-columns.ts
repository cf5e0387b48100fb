import {
  code,
  date,
  datetime,
  decimal,
  int,
  money,
  text,
  type ExportColumn,
} from './export-column.ts';

/** The per-customer record lists that can be exported (C1.5–C1.9), as the API names them. */
export const RECORD_EXPORT_KINDS = [
  'transactions',
  'payments',
  'needs',
  'projects',
  'timeline',
] as const;
export type RecordExportKind = (typeof RECORD_EXPORT_KINDS)[number];

/** Columns of each record list, in the order of its tab; headers are the fields' labels. */
export const RECORD_EXPORT_COLUMNS: Record<RecordExportKind, readonly ExportColumn[]> = {
  transactions: [
    date('occurredOn', 'transaction.occurredOn'),
    text('product', 'transaction.product', 24),
    decimal('quantity', 'transaction.quantity'),
    money('amount', 'transaction.amount'),
    money('cost', 'transaction.cost'),
    money('profit', 'transaction.profit'),
    code('channel', 'transactionChannel', 'transaction.channel', 10),
    text('externalId', 'transaction.externalId', 18),
  ],
  payments: [
    text('invoiceNo', 'payment.invoiceNo', 16),
    date('issuedOn', 'payment.issuedOn'),
    date('dueOn', 'payment.dueOn'),
    money('amount', 'payment.amount'),
    date('paidOn', 'payment.paidOn'),
    money('paidAmount', 'payment.paidAmount'),
    code('standing', 'paymentStanding', 'payment.standing', 10),
    int('days', 'payment.days'),
    text('externalId', 'payment.externalId', 18),
    text('notes', 'payment.notes', 24),
  ],
  needs: [
    code('kind', 'needKind', 'need.kind', 10),
    text('title', 'need.title', 24),
    text('function', 'need.function', 20),
    text('variety', 'need.variety'),
    text('specification', 'need.specification'),
    money('targetPrice', 'need.targetPrice'),
    text('timeliness', 'need.timeliness'),
    code('status', 'needStatus', 'need.status', 10),
    text('notes', 'need.notes', 24),
    datetime('updatedAt', 'updatedAt'),
  ],
  projects: [
    text('name', 'project.name', 28),
    code('phase', 'projectPhase', 'project.phase', 10),
    code('status', 'projectStatus', 'project.status', 10),
    money('contractValue', 'project.contractValue'),
    money('expectedFollowOnValue', 'project.expectedFollowOnValue'),
    code('biddingMethod', 'biddingMethod', 'project.biddingMethod'),
    text('contractHabits', 'project.contractHabits', 20),
    code('priceLevel', 'priceLevel', 'project.priceLevel', 10),
    date('startOn', 'project.startOn'),
    date('endOn', 'project.endOn'),
    text('notes', 'project.notes', 24),
  ],
  timeline: [
    datetime('occurredAt', 'record.occurredAt'),
    code('kind', 'recordKind', 'record.kind', 10),
    text('title', 'record.title', 24),
    text('content', 'record.content', 40),
    text('participants', 'record.participants', 20),
    text('handling', 'record.handling', 24),
    code('handlingStatus', 'handlingStatus', 'record.handlingStatus', 10),
  ],
};
