import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIELD_REGISTRY, type Surface } from '../domain/field-classes.ts';
import {
  CONTACT,
  FIGURES,
  MASKED_CONTACT,
  READERS,
  SEES_FIGURES,
  startFieldRulesWorld,
  type FieldRulesWorld,
  type Reader,
} from '../testing/field-rules-fixture.ts';

/**
 * C7.3 field classes on every read surface, per role: confidential figures only for readers of
 * money and credit (not support staff), contacts masked for the auditor, absent keys — never
 * nulls — for what a reader may not see.
 */
let world: FieldRulesWorld;
let base: string;

beforeAll(async () => {
  world = await startFieldRulesWorld();
  base = `/api/customers/${world.fileId}`;
});
afterAll(async () => {
  await world.server.close();
});

const json = async (user: string, url: string) => {
  const response = await world.as(user, url);
  expect(response.statusCode, `${user} ${url}: ${response.body.slice(0, 200)}`).toBe(200);
  return response.json();
};
const registered = (surface: Surface) => Object.keys(FIELD_REGISTRY[surface]).sort();
const confidentialOf = (surface: Surface) =>
  Object.entries(FIELD_REGISTRY[surface])
    .filter(([, entry]) => entry.class === 'confidential')
    .map(([key]) => key);
const seesFigures = (user: Reader) => SEES_FIGURES.includes(user);

describe('the customer file (C7.3)', () => {
  it.each(READERS)('%s gets the figures only if they read money and credit', async (user) => {
    const customer = await json(user, base);
    expect(customer.name).toBe('苏州恒达精密机械有限公司');
    if (seesFigures(user)) expect(customer).toMatchObject(FIGURES);
    else for (const key of confidentialOf('customer')) expect(customer).not.toHaveProperty(key);
  });

  it('is missing for the admin, as every file is', async () => {
    expect((await world.as('admin', base)).statusCode).toBe(404);
  });
});

describe('the customer list and its search (C7.3)', () => {
  it.each(READERS)('%s gets the same public columns, in lists and in search', async (user) => {
    for (const url of ['/api/customers?pageSize=200', '/api/customers?q=恒达']) {
      const { items } = await json(user, url);
      const file = items.find((item: { id: number }) => item.id === world.fileId);
      expect(Object.keys(file).sort(), url).toEqual(registered('customerListItem'));
    }
  });
});

describe('the 360 page (C7.3)', () => {
  it.each(READERS)('%s: amounts, charts, payment record and credit by access', async (user) => {
    const view = await json(user, `${base}/360`);
    const sees = seesFigures(user);
    expect('last12Months' in view.purchases).toBe(sees);
    expect(view.purchases.orders12Months).toBe(3);
    for (const key of ['purchaseSeries', 'payments', 'credit']) expect(key in view, key).toBe(sees);
    expect('annualRevenue' in view.customer).toBe(sees);
    expect('last12Months' in view.group.subsidiaries[0]).toBe(sees);
    expect('contractValue' in view.group.rollup).toBe(sees);
    expect(view.group.rollup.subsidiaries).toBe(1);
  });

  it('has every classified part for a reader who sees everything', async () => {
    const view = await json('director', `${base}/360`);
    expect(Object.keys(view).sort()).toEqual(registered('customer360'));
    expect(Object.keys(view.purchases).sort()).toEqual(registered('purchaseTotals'));
    expect(Object.keys(view.payments).sort()).toEqual(registered('paymentStats'));
    expect(Object.keys(view.credit).sort()).toEqual(registered('creditProfile'));
    expect(Object.keys(view.group).sort()).toEqual(registered('group'));
    expect(Object.keys(view.group.subsidiaries[0]).sort()).toEqual(registered('groupSubsidiary'));
    expect(Object.keys(view.group.rollup).sort()).toEqual(registered('groupRollup'));
  });

  it('shows the auditor contacts masked and everyone else in full', async () => {
    const audited = (await json('auditor', `${base}/360`)).contacts[0];
    expect(audited).toMatchObject({ name: CONTACT.name, title: CONTACT.title, ...MASKED_CONTACT });
    const served = (await json('support.east', `${base}/360`)).contacts[0];
    expect(served).toMatchObject({ ...CONTACT, mobile: '+8613812345678' });
  });
});

describe('contacts (C7.3)', () => {
  it('masks phones, e-mail, address and birthday for the auditor only', async () => {
    const audited = (await json('auditor', `${base}/contacts`)).items[0];
    expect(audited).toMatchObject({ name: CONTACT.name, ...MASKED_CONTACT });
    for (const user of READERS.filter((r) => r !== 'auditor')) {
      const contact = (await json(user, `${base}/contacts`)).items[0];
      expect(contact, user).toMatchObject({ ...CONTACT, mobile: '+8613812345678' });
    }
  });

  it('gives the readers of key-person details their export of a person in full', async () => {
    const url = `${base}/contacts/${world.contactId}/personal-data`;
    expect((await json('kam.east.1', url)).contact).toMatchObject({ email: CONTACT.email });
    expect((await world.as('auditor', url)).statusCode).toBe(403);
  });
});

describe('record lists (C7.3)', () => {
  const lists: [string, Surface][] = [
    ['transactions', 'transaction'],
    ['payments', 'payment'],
    ['needs', 'need'],
    ['projects', 'project'],
    ['timeline', 'timelineRecord'],
  ];

  it.each(READERS)(
    '%s gets the confidential fields of each list only with access',
    async (user) => {
      for (const [list, surface] of lists) {
        const page = await json(user, `${base}/${list}`);
        const expected = seesFigures(user)
          ? registered(surface)
          : registered(surface).filter((key) => !confidentialOf(surface).includes(key));
        for (const item of page.items) expect(Object.keys(item).sort(), list).toEqual(expected);
      }
    },
  );

  it('leaves support staff the invoices’ numbers, and no payment record or credit file', async () => {
    const payments = await json('support.east', `${base}/payments`);
    expect(payments.items).toEqual([
      expect.objectContaining({ invoiceNo: 'FP-2026-001', externalId: null }),
    ]);
    expect(payments).not.toHaveProperty('stats');
    expect(await json('support.east', `${base}/credit`)).toEqual({ permissions: { edit: false } });
    const credit = await json('auditor', `${base}/credit`);
    expect(credit).toMatchObject({
      externalCreditRating: 'AA',
      profile: { creditLimit: '1000000.00' },
    });
  });

  it('sorts orders by amount for readers of figures', async () => {
    const page = await json('auditor', `${base}/transactions?sort=-amount`);
    expect(page.items.map((t: { amount: string }) => t.amount)).toEqual([
      '99999.00',
      '12345.60',
      '300.00',
    ]);
    const byDate = await json('support.east', `${base}/transactions`);
    expect(byDate.items.map((t: { occurredOn: string }) => t.occurredOn)).toEqual([
      '2026-05-01',
      '2026-03-15',
      '2026-01-10',
    ]);
  });
});

describe('the change history (C7.3)', () => {
  type Entry = { action: string; after: Record<string, unknown> | null };
  const entries = async (user: string) => (await json(user, `${base}/audit`)).items as Entry[];

  it('does not show support staff the figures that changed', async () => {
    const update = (await entries('support.east')).find((e) => e.action === 'customer.update');
    expect(update?.after).toEqual({});
    const full = (await entries('director')).find((e) => e.action === 'customer.update');
    expect(full?.after).toMatchObject({ annualRevenue: FIGURES.annualRevenue });
    const order = (await entries('support.east')).find((e) => e.action === 'transaction.create');
    expect(order?.after).not.toHaveProperty('transaction.amount');
    expect(order?.after).toHaveProperty('transaction.occurredOn');
  });

  it('shows the auditor a new contact’s mobile masked', async () => {
    const created = (await entries('auditor')).find((e) => e.action === 'contact.create');
    expect(created?.after).toMatchObject({
      'contact.mobile': '138****5678',
      'contact.name': '周海',
    });
  });
});
