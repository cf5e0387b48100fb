import { sql } from 'drizzle-orm';
import { customers } from '../db/schema/index.ts';
import { seedCustomer } from './build-customer.ts';
import { startTestServer, type RequestOptions, type TestServer } from './test-server.ts';

/**
 * One customer file with something of every field class (C7.3), read by one user per role: the
 * account's KA manager (team manager), support staff on its team, the region's manager and
 * secretary, the director, the committee, the auditor and the admin. A subsidiary on the same
 * team fills the group panel; a second customer gives the support user `edit` access, for the
 * write rules.
 */
export type FieldRulesWorld = {
  server: TestServer;
  fileId: number;
  editableId: number;
  contactId: number;
  /** GET/POST… as a user, failing loudly when a setup call does not succeed. */
  as(user: string, url: string, options?: RequestOptions): ReturnType<TestServer['request']>;
};

export const READERS = [
  'director',
  'committee',
  'auditor',
  'rm.east',
  'sec.east',
  'kam.east.1',
  'support.east',
] as const;
export type Reader = (typeof READERS)[number];
/** Readers who see money and credit: everyone who reads the file but support staff. */
export const SEES_FIGURES: readonly Reader[] = READERS.filter((r) => r !== 'support.east');

export const FIGURES = {
  annualRevenue: '5000000.00',
  assets: '12000000.00',
  revenueBand: '1b_10b',
  externalCreditRating: 'AA',
};
export const CONTACT = {
  name: '周海',
  title: '董事长',
  mobile: '13812345678',
  phone: '0512-66881234',
  email: 'zhou.hai@example.com',
  address: '江苏省苏州市吴中区科技路88号创新园3号楼',
  birthday: '1975-06-01',
};
export const MASKED_CONTACT = {
  mobile: '138****5678',
  phone: '0512-****1234',
  email: 'z***@example.com',
  address: '江苏省苏州市吴中区***',
  birthday: '1975',
};
/** Three orders; by amount the January one comes first, by date the May one. */
export const ORDERS = [
  { occurredOn: '2026-01-10', amount: '99999.00', product: '生产线改造' },
  {
    occurredOn: '2026-03-15',
    amount: '12345.60',
    cost: '8000',
    quantity: '2',
    product: '数控机床',
    channel: 'direct',
  },
  { occurredOn: '2026-05-01', amount: '300.00', product: '配件' },
];

async function ok(request: ReturnType<TestServer['request']>, what: string) {
  const response = await request;
  if (response.statusCode >= 300)
    throw new Error(`${what}: ${response.statusCode} ${response.body}`);
  return response;
}

export async function startFieldRulesWorld(): Promise<FieldRulesWorld> {
  const server = await startTestServer();
  const { east, users } = server.org;
  await server.signIn([...READERS, 'admin']);
  const team = [
    { userId: users.kamEast1.userId, teamRole: 'manager' as const },
    { userId: users.supportEast.userId, teamRole: 'support' as const },
  ];
  const fileId = await seedCustomer(server.handle, {
    orgUnitId: east.id,
    name: '苏州恒达精密机械有限公司',
    tier: 'A',
    team,
  });
  const subsidiaryId = await seedCustomer(server.handle, {
    orgUnitId: east.id,
    name: '苏州恒达精密机械（昆山）有限公司',
    team,
  });
  await server.handle.db
    .update(customers)
    .set({ parentCustomerId: fileId })
    .where(sql`id = ${subsidiaryId}`);
  const editableId = await seedCustomer(server.handle, {
    orgUnitId: east.id,
    name: '无锡远航物流有限公司',
    team: [
      { userId: users.kamEast1.userId, teamRole: 'manager' },
      { userId: users.supportEast.userId, teamRole: 'support', accessLevel: 'edit' },
    ],
  });
  const as = (user: string, url: string, options?: RequestOptions) =>
    server.request(user, url, options);
  const base = `/api/customers/${fileId}`;
  const post = (url: string, payload: object) =>
    ok(as('kam.east.1', url, { method: 'POST', payload }), url);
  await ok(
    as('director', base, { method: 'PATCH', payload: FIGURES, headers: { 'if-match': '"1"' } }),
    'figures',
  );
  const contact = await post(`${base}/contacts`, CONTACT);
  for (const order of ORDERS) await post(`${base}/transactions`, order);
  await post(`/api/customers/${subsidiaryId}/transactions`, {
    occurredOn: '2026-04-01',
    amount: '777.00',
  });
  const invoice = {
    invoiceNo: 'FP-2026-001',
    issuedOn: '2026-03-01',
    dueOn: '2026-03-31',
    amount: '12345.60',
  };
  await post(`${base}/payments`, invoice);
  await post(`/api/customers/${editableId}/payments`, invoice);
  await ok(
    as('kam.east.1', `${base}/credit-profile`, {
      method: 'PUT',
      payload: { paymentCapacity: 'strong', creditLimit: '1000000' },
    }),
    'credit',
  );
  await post(`${base}/needs`, { kind: 'product', title: '变频空调 200 台', targetPrice: '3500' });
  await post(`${base}/projects`, {
    name: '数据中心二期',
    phase: 'upcoming',
    status: 'bidding',
    contractValue: '2000000',
    expectedFollowOnValue: '5000000',
    priceLevel: 'high',
  });
  await post(`${base}/timeline`, {
    kind: 'visit',
    occurredAt: '2026-05-06 09:30',
    title: '季度拜访',
  });
  return { server, fileId, editableId, contactId: contact.json().id as number, as };
}
