import type { MaskKind } from './field-masks.ts';

/**
 * How sensitive a field is (SPEC C7.3). What each role gets of each class is in
 * field-class-rules.ts; docs/access.md ("Field classes") says why.
 *
 * - public: who the customer is and how it is classified, who its contacts are, what it needs,
 *   which projects there are and what happened when; and the records' bookkeeping (ids,
 *   versions, times).
 * - confidential: money and credit — amounts, prices, quantities, invoices and their dates,
 *   payment standing, the credit profile and external rating, contract and follow-on values,
 *   revenue and assets.
 * - basic_personal: how to reach a contact (mobile, phone, e-mail, address) and their birthday.
 * - private_personal: a key person's private details (C1.4), decided per customer by
 *   src/app/access/key-person-access.ts rather than by role.
 */
export const FIELD_CLASSES = [
  'public',
  'confidential',
  'basic_personal',
  'private_personal',
] as const;
export type FieldClass = (typeof FIELD_CLASSES)[number];

/** A field's class, and for basic personal information how it is masked. */
export type FieldEntry = { readonly class: FieldClass; readonly mask?: MaskKind };

const PUBLIC = { class: 'public' } as const;
const CONFIDENTIAL = { class: 'confidential' } as const;
const PRIVATE = { class: 'private_personal' } as const;
const personal = <M extends MaskKind>(mask: M) => ({ class: 'basic_personal', mask }) as const;

/** Bookkeeping every versioned record carries. */
const STAMPS = { version: PUBLIC, createdAt: PUBLIC, updatedAt: PUBLIC } as const;

/**
 * Every field of every read surface (a DTO the API, the CLI or an export hands out), by the key
 * it has there. The allowlist: a key that is not here is not returned, whoever reads.
 * src/app/access/field-projection.ts applies it; tests check each surface's DTO and HTTP schema
 * against it, so a new field must be classified before anyone can see it.
 */
export const FIELD_REGISTRY = {
  /** The customer file (C1.1, C1.2). The company's own phone and address are not personal. */
  customer: {
    id: PUBLIC,
    ...STAMPS,
    name: PUBLIC,
    shortName: PUBLIC,
    creditCode: PUBLIC,
    creditCodeCheckWaiver: PUBLIC,
    nature: PUBLIC,
    industry: PUBLIC,
    scale: PUBLIC,
    employees: PUBLIC,
    revenueBand: CONFIDENTIAL,
    mainProducts: PUBLIC,
    assets: CONFIDENTIAL,
    shareholderStructure: PUBLIC,
    strategy: PUBLIC,
    annualRevenue: CONFIDENTIAL,
    externalCreditRating: CONFIDENTIAL,
    operatingStatus: PUBLIC,
    bottlenecks: PUBLIC,
    reputationNotes: PUBLIC,
    province: PUBLIC,
    city: PUBLIC,
    orgUnitId: PUBLIC,
    address: PUBLIC,
    postcode: PUBLIC,
    phone: PUBLIC,
    fax: PUBLIC,
    email: PUBLIC,
    website: PUBLIC,
    sourceChannel: PUBLIC,
    kaClass: PUBLIC,
    kaLevel: PUBLIC,
    relationshipLevel: PUBLIC,
    relationshipStage: PUBLIC,
    lifecycleStatus: PUBLIC,
    tier: PUBLIC,
    tierSource: PUBLIC,
    needsSegment: PUBLIC,
    valueSegment: PUBLIC,
    parentCustomerId: PUBLIC,
    mergedIntoId: PUBLIC,
    lastReviewedAt: PUBLIC,
    completeness: PUBLIC,
  },
  /** A row of the customer list, its search and its export. */
  customerListItem: {
    id: PUBLIC,
    name: PUBLIC,
    shortName: PUBLIC,
    creditCode: PUBLIC,
    industry: PUBLIC,
    nature: PUBLIC,
    province: PUBLIC,
    city: PUBLIC,
    orgUnitId: PUBLIC,
    orgUnitName: PUBLIC,
    tier: PUBLIC,
    tierSource: PUBLIC,
    kaLevel: PUBLIC,
    lifecycleStatus: PUBLIC,
    kaClass: PUBLIC,
    relationshipLevel: PUBLIC,
    relationshipStage: PUBLIC,
    needsSegment: PUBLIC,
    valueSegment: PUBLIC,
    completeness: PUBLIC,
    lastReviewedAt: PUBLIC,
    reviewedThisQuarter: PUBLIC,
    updatedAt: PUBLIC,
  },
  /** A contact (C1.3): who they are is public, how to reach them is personal. */
  contact: {
    id: PUBLIC,
    customerId: PUBLIC,
    ...STAMPS,
    name: PUBLIC,
    gender: PUBLIC,
    birthday: personal('birthday'),
    title: PUBLIC,
    department: PUBLIC,
    mobile: personal('phone'),
    phone: personal('phone'),
    email: personal('email'),
    address: personal('address'),
    buyingRole: PUBLIC,
    isKeyPerson: PUBLIC,
    /** When the personal data was erased (C7.7): a date of the file, nobody's personal data. */
    erasedAt: PUBLIC,
  },
  /** The key-person columns of the contacts export (C1.4). */
  keyPersonExport: {
    family: PRIVATE,
    homeAddress: PRIVATE,
    hobbies: PRIVATE,
    privateNotes: PRIVATE,
    purpose: PRIVATE,
    consentBasis: PRIVATE,
    consentAt: PRIVATE,
  },
  /**
   * An order (C1.5): that it happened, when and of what is public; the figures are not. The
   * entity tag is a digest of the figures, so whoever may not see them does not get it either
   * (a digest of a few known fields and one amount could be searched).
   */
  transaction: {
    id: PUBLIC,
    occurredOn: PUBLIC,
    amount: CONFIDENTIAL,
    cost: CONFIDENTIAL,
    profit: CONFIDENTIAL,
    product: PUBLIC,
    quantity: CONFIDENTIAL,
    channel: PUBLIC,
    currency: PUBLIC,
    externalId: PUBLIC,
    createdAt: PUBLIC,
    etag: CONFIDENTIAL,
  },
  /** An invoice (C1.8): its numbers identify it; amounts, dates and standing are confidential. */
  payment: {
    id: PUBLIC,
    ...STAMPS,
    invoiceNo: PUBLIC,
    externalId: PUBLIC,
    issuedOn: CONFIDENTIAL,
    dueOn: CONFIDENTIAL,
    amount: CONFIDENTIAL,
    paidOn: CONFIDENTIAL,
    paidAmount: CONFIDENTIAL,
    notes: CONFIDENTIAL,
    standing: CONFIDENTIAL,
    days: CONFIDENTIAL,
  },
  /** The invoices tab: a page of invoices and the payment record. */
  paymentPage: {
    items: PUBLIC,
    total: PUBLIC,
    page: PUBLIC,
    pageSize: PUBLIC,
    stats: CONFIDENTIAL,
    permissions: PUBLIC,
  },
  /** The payment record computed from the invoices: on-time rate, overdue days and amounts. */
  paymentStats: {
    decidedCount: CONFIDENTIAL,
    onTimeCount: CONFIDENTIAL,
    onTimeRate: CONFIDENTIAL,
    overdueCount: CONFIDENTIAL,
    overdueAmount: CONFIDENTIAL,
    maxOverdueDays: CONFIDENTIAL,
    avgOverdueDays: CONFIDENTIAL,
    outstandingAmount: CONFIDENTIAL,
  },
  /** The account team's credit judgement (C1.8). */
  creditProfile: {
    paymentCapacity: CONFIDENTIAL,
    contractPerformance: CONFIDENTIAL,
    creditLimit: CONFIDENTIAL,
    financialStatusNotes: CONFIDENTIAL,
    version: PUBLIC,
    updatedAt: PUBLIC,
  },
  /** The credit tab: the profile, the customer's external rating and the payment record. */
  creditFile: {
    profile: CONFIDENTIAL,
    externalCreditRating: CONFIDENTIAL,
    payments: CONFIDENTIAL,
    permissions: PUBLIC,
  },
  /** A need (C1.6): what is needed is public, the price the customer aims at is not. */
  need: {
    id: PUBLIC,
    ...STAMPS,
    kind: PUBLIC,
    title: PUBLIC,
    function: PUBLIC,
    variety: PUBLIC,
    specification: PUBLIC,
    targetPrice: CONFIDENTIAL,
    timeliness: PUBLIC,
    status: PUBLIC,
    notes: PUBLIC,
  },
  /** A project or contract (C1.7): its name and stage are public, its values and price level not. */
  project: {
    id: PUBLIC,
    ...STAMPS,
    name: PUBLIC,
    phase: PUBLIC,
    status: PUBLIC,
    contractValue: CONFIDENTIAL,
    expectedFollowOnValue: CONFIDENTIAL,
    biddingMethod: PUBLIC,
    contractHabits: PUBLIC,
    priceLevel: CONFIDENTIAL,
    startOn: PUBLIC,
    endOn: PUBLIC,
    notes: PUBLIC,
  },
  /** A timeline record (C1.9): meetings, visits and complaints are the support staff's work. */
  timelineRecord: {
    id: PUBLIC,
    ...STAMPS,
    kind: PUBLIC,
    occurredAt: PUBLIC,
    title: PUBLIC,
    content: PUBLIC,
    participants: PUBLIC,
    handling: PUBLIC,
    handlingStatus: PUBLIC,
  },
  /** The 360 page (C1.10); its parts are projected as their own surfaces first. */
  customer360: {
    customer: PUBLIC,
    orgUnit: PUBLIC,
    team: PUBLIC,
    contacts: PUBLIC,
    purchases: PUBLIC,
    /** The charts of purchase amounts by month and year. */
    purchaseSeries: CONFIDENTIAL,
    payments: CONFIDENTIAL,
    credit: CONFIDENTIAL,
    counts: PUBLIC,
    group: PUBLIC,
    permissions: PUBLIC,
  },
  /** The 360 page's purchase figures: how often is public, how much is not. */
  purchaseTotals: {
    last12Months: CONFIDENTIAL,
    lifetime: CONFIDENTIAL,
    lastPurchaseOn: PUBLIC,
    orders12Months: PUBLIC,
  },
  /** The group panel (C1.13). */
  group: {
    parent: PUBLIC,
    parentHidden: PUBLIC,
    subsidiaries: PUBLIC,
    rollup: PUBLIC,
  },
  groupSubsidiary: {
    id: PUBLIC,
    name: PUBLIC,
    tier: PUBLIC,
    parentCustomerId: PUBLIC,
    depth: PUBLIC,
    last12Months: CONFIDENTIAL,
  },
  groupRollup: {
    subsidiaries: PUBLIC,
    last12Months: CONFIDENTIAL,
    lifetime: CONFIDENTIAL,
    contacts: PUBLIC,
    projects: PUBLIC,
    contractValue: CONFIDENTIAL,
    tiers: PUBLIC,
  },
} as const satisfies Record<string, Record<string, FieldEntry>>;

export type Surface = keyof typeof FIELD_REGISTRY;

/** The class of a surface's field, or undefined for a key the registry does not know. */
export function fieldEntryOf(surface: Surface, key: string): FieldEntry | undefined {
  return (FIELD_REGISTRY[surface] as Record<string, FieldEntry | undefined>)[key];
}

/** Keys of a surface whose class is public: present for every reader of the record. */
export type PublicKeys<S extends Surface> = {
  [K in keyof (typeof FIELD_REGISTRY)[S]]: (typeof FIELD_REGISTRY)[S][K] extends {
    class: 'public';
  }
    ? K
    : never;
}[keyof (typeof FIELD_REGISTRY)[S]];
