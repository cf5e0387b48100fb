import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listContactRows } from '../../db/contacts/contact-repository.ts';
import { queryCustomerList } from '../../db/customers/customer-list-query.ts';
import { findCustomer } from '../../db/customers/customer-repository.ts';
import { findCustomer360 } from '../../db/customers/customer-360-query.ts';
import type { DbHandle } from '../../db/db-types.ts';
import { findCreditProfileRow } from '../../db/records/credit-profile-repository.ts';
import { listNeedRows } from '../../db/records/need-repository.ts';
import { listPaymentRows } from '../../db/records/payment-repository.ts';
import { listProjectRows } from '../../db/records/project-repository.ts';
import { listTimelineRows } from '../../db/records/timeline-repository.ts';
import { listTransactionRows } from '../../db/records/transaction-repository.ts';
import { customers } from '../../db/schema/index.ts';
import {
  CONTACT_EXPORT_COLUMNS,
  KEY_PERSON_EXPORT_COLUMNS,
} from '../../domain/export/contact-export-columns.ts';
import { CUSTOMER_EXPORT_COLUMNS } from '../../domain/export/customer-export-columns.ts';
import { RECORD_EXPORT_COLUMNS } from '../../domain/export/record-export-columns.ts';
import { FIELD_REGISTRY, type Surface } from '../../domain/field-classes.ts';
import { seedCustomer } from '../../testing/build-customer.ts';
import { openTestDb } from '../../testing/open-test-db.ts';
import { seedCustomerFile } from '../../testing/seed-customer-file.ts';
import { seedOrg } from '../../testing/seed-org.ts';
import { toContactDto } from '../contacts/contact-dto.ts';
import { toCustomerDto } from '../customers/customer-dto.ts';
import { toCreditProfileDto } from '../records/credit/credit-profile-dto.ts';
import { toNeedDto } from '../records/needs/need-store.ts';
import { toPaymentDto, withStanding } from '../records/payments/payment-store.ts';
import { toProjectDto } from '../records/projects/project-store.ts';
import { toTimelineDto } from '../records/timeline/timeline-store.ts';
import { toTransactionDto } from '../records/transactions/transaction-dto.ts';

/**
 * "A field not classified is not returned" (C7.3) must not mean a new field silently vanishes:
 * every DTO the read surfaces build has exactly the keys its registry entry classifies, so a
 * field added to a table or a DTO fails here until src/domain/field-classes.ts says who sees it.
 */
let handle: DbHandle;
let customerId: number;
const TODAY = '2026-06-30';

const registered = (surface: Surface) => Object.keys(FIELD_REGISTRY[surface]).sort();
const keys = (dto: object | undefined) => Object.keys(dto ?? {}).sort();

beforeAll(async () => {
  handle = await openTestDb();
  const org = await seedOrg(handle);
  customerId = await seedCustomer(handle, { orgUnitId: org.east.id });
  await seedCustomerFile(handle, customerId, { n: 1 });
  const subsidiary = await seedCustomer(handle, { orgUnitId: org.east.id });
  await handle.db
    .update(customers)
    .set({ parentCustomerId: customerId })
    .where(sql`id = ${subsidiary}`);
});
afterAll(async () => {
  await handle.close();
});

describe('every read DTO is classified, key for key (C7.3)', () => {
  const page = { page: 1, pageSize: 10 };

  it('the customer file and a list row', async () => {
    const row = await findCustomer(handle.db, customerId, sql`TRUE`);
    expect(keys(toCustomerDto(row!))).toEqual(registered('customer'));
    const list = await queryCustomerList(handle.db, {
      scope: sql`TRUE`,
      policiesBind: false,
      filters: {},
      sort: 'name',
      page: 1,
      pageSize: 1,
    });
    // The list adds whether the file was reviewed this quarter (list-customers.ts).
    expect([...keys(list.items[0]), 'reviewedThisQuarter'].sort()).toEqual(
      registered('customerListItem'),
    );
  });

  it('contacts, orders, invoices, needs, projects, the timeline and the credit profile', async () => {
    const [contacts, orders, invoices, needs, projects, timeline, credit] = await Promise.all([
      listContactRows(handle.db, customerId),
      listTransactionRows(handle.db, customerId, page),
      listPaymentRows(handle.db, customerId, page),
      listNeedRows(handle.db, customerId, page),
      listProjectRows(handle.db, customerId, page),
      listTimelineRows(handle.db, customerId, page),
      findCreditProfileRow(handle.db, customerId),
    ]);
    expect(keys(toContactDto(contacts[0]!))).toEqual(registered('contact'));
    expect(keys(toTransactionDto(orders.rows[0]!))).toEqual(registered('transaction'));
    expect(keys(withStanding(toPaymentDto(invoices.rows[0]!), TODAY))).toEqual(
      registered('payment'),
    );
    expect(keys(toNeedDto(needs.rows[0]!))).toEqual(registered('need'));
    expect(keys(toProjectDto(projects.rows[0]!))).toEqual(registered('project'));
    expect(keys(toTimelineDto(timeline.rows[0]!))).toEqual(registered('timelineRecord'));
    expect(keys(toCreditProfileDto(credit!))).toEqual(registered('creditProfile'));
  });

  it('the 360 figures and the group panel', async () => {
    const parts = await findCustomer360(handle.db, customerId, {
      readScope: sql`TRUE`,
      writable: sql`TRUE`,
      today: TODAY,
      since: '2025-06-30',
      subsidiaryLimit: 10,
    });
    expect(keys(parts?.purchases.totals)).toEqual(registered('purchaseTotals'));
    expect(keys(parts?.payments)).toEqual(registered('paymentStats'));
    expect(keys(parts?.group.subsidiaries[0])).toEqual(registered('groupSubsidiary'));
    expect(keys(parts?.group.rollup ?? undefined)).toEqual(registered('groupRollup'));
  });

  it('every export column reads a classified field', () => {
    const columns = (list: readonly { key: string }[]) => list.map((c) => c.key);
    const within = (surface: Surface, list: readonly { key: string }[]) =>
      expect(columns(list).filter((key) => !(key in FIELD_REGISTRY[surface]))).toEqual([]);
    within('customerListItem', CUSTOMER_EXPORT_COLUMNS);
    within('contact', CONTACT_EXPORT_COLUMNS);
    expect(columns(KEY_PERSON_EXPORT_COLUMNS).sort()).toEqual(registered('keyPersonExport'));
    within('transaction', RECORD_EXPORT_COLUMNS.transactions);
    within('payment', RECORD_EXPORT_COLUMNS.payments);
    within('need', RECORD_EXPORT_COLUMNS.needs);
    within('project', RECORD_EXPORT_COLUMNS.projects);
    within('timelineRecord', RECORD_EXPORT_COLUMNS.timeline);
  });
});
