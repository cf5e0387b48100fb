import type { DbHandle } from '../db/db-types.ts';
import {
  contacts,
  creditProfiles,
  customerRecords,
  keyPersonDetails,
  needs,
  payments,
  projects,
  transactions,
} from '../db/schema/index.ts';

let serial = 0;

/**
 * Fills a customer's file with rows in every table that hangs off it (contacts, a key person's
 * sealed details, orders, invoices, a credit profile, needs, projects, timeline records), so
 * merge tests can check that nothing is left behind. `n` rows of each repeatable kind.
 */
export async function seedCustomerFile(
  handle: DbHandle,
  customerId: number,
  options: { n?: number; creditProfile?: boolean } = {},
): Promise<void> {
  const db = handle.db;
  const n = options.n ?? 2;
  const at = new Date('2026-02-01T00:00:00Z');
  const stamps = { createdAt: at, updatedAt: at };
  for (let i = 0; i < n; i++) {
    serial++;
    const [contact] = await db
      .insert(contacts)
      .values({ customerId, name: `联系人${serial}`, isKeyPerson: i === 0, ...stamps })
      .returning({ id: contacts.id });
    if (i === 0) {
      await db.insert(keyPersonDetails).values({
        customerId,
        contactId: contact!.id,
        keyId: 'test',
        sealed: `sealed-${serial}`,
        purpose: '客户关系维护',
        consentBasis: 'written_consent',
        consentAt: '2026-01-15',
        ...stamps,
      });
    }
    await db.insert(transactions).values({
      customerId,
      occurredOn: `2025-0${(i % 9) + 1}-10`,
      amount: `${1000 + serial}.50`,
      externalId: `ERP-${customerId}-${serial}`,
      createdAt: at,
    });
    await db.insert(payments).values({
      customerId,
      issuedOn: '2025-03-01',
      dueOn: '2025-04-01',
      amount: '2000.00',
      ...stamps,
    });
    await db
      .insert(needs)
      .values({ customerId, kind: 'product', title: `需求${serial}`, ...stamps });
    await db
      .insert(projects)
      .values({ customerId, name: `项目${serial}`, phase: 'ongoing', status: 'won', ...stamps });
    await db.insert(customerRecords).values({
      customerId,
      kind: 'visit',
      occurredAt: at,
      title: `拜访${serial}`,
      ...stamps,
    });
  }
  if (options.creditProfile ?? true) {
    await db.insert(creditProfiles).values({
      customerId,
      paymentCapacity: 'strong',
      financialStatusNotes: `客户${customerId}的财务状况`,
      ...stamps,
    });
  }
}
