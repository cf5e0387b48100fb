/**
 * Hand-written mirror of the HTTP contract, in openapi-typescript's shape, used until the server
 * commits `openapi.json` and `schema.d.ts` is generated from it. Keep it to what the web app uses.
 */
import type {
  BuyingRole,
  Gender,
  IndustrySection,
  KaClass,
  KaLevel,
  LifecycleStatus,
  Nature,
  OperatingStatus,
  OrgUnitKind,
  RelationshipLevel,
  RelationshipStage,
  RevenueBand,
  Scale,
  SourceChannel,
  TeamRole,
  Tier,
} from '../../../src/domain/customer-fields.ts';
import type { Role } from '../../../src/domain/roles.ts';

export type ApiIssue = { field: string; code: string; message: string };
export type ApiErrorBody = { code: string; message: string; field?: string; issues?: ApiIssue[] };

export type OrgUnitRef = { id: number; code: string; name: string };
export type OrgUnit = OrgUnitRef & { kind: OrgUnitKind; parentId: number | null; path: string };

export type Me = {
  id: number;
  username: string;
  displayName: string;
  orgUnit: OrgUnitRef & { kind: OrgUnitKind };
  roles: Role[];
  permissions: {
    createCustomer: boolean;
    waiveCreditCodeCheck: boolean;
    manageUsers: boolean;
    viewCustomers: boolean;
  };
};

export type CustomerListItem = {
  id: number;
  name: string;
  shortName: string | null;
  creditCode: string;
  industry: IndustrySection;
  nature: Nature;
  province: string;
  city: string | null;
  orgUnitId: number;
  orgUnitName: string;
  tier: Tier | null;
  kaLevel: KaLevel;
  lifecycleStatus: LifecycleStatus;
  updatedAt: string;
};

export type CustomerSort = 'name' | '-name' | 'updatedAt' | '-updatedAt' | 'tier' | '-tier';

export type CustomerListQuery = {
  page?: number;
  pageSize?: number;
  q?: string;
  orgUnitId?: number;
  industry?: IndustrySection;
  tier?: Tier | 'none';
  kaLevel?: KaLevel;
  lifecycleStatus?: LifecycleStatus;
  sort?: CustomerSort;
};

export type CustomerInput = {
  name: string;
  shortName?: string | null;
  creditCode: string;
  creditCodeCheckWaiver?: string | null;
  nature: Nature;
  industry: IndustrySection;
  scale?: Scale | null;
  employees?: number | null;
  revenueBand?: RevenueBand | null;
  mainProducts?: string | null;
  /** Decimal string; the server also accepts "1.5亿" or "¥1,234.56". */
  assets?: string | null;
  shareholderStructure?: string | null;
  strategy?: string | null;
  annualRevenue?: string | null;
  externalCreditRating?: string | null;
  operatingStatus?: OperatingStatus;
  bottlenecks?: string | null;
  reputationNotes?: string | null;
  province: string;
  city?: string | null;
  orgUnitId: number;
  address?: string | null;
  postcode?: string | null;
  phone?: string | null;
  fax?: string | null;
  email?: string | null;
  website?: string | null;
  sourceChannel?: SourceChannel | null;
  kaClass?: KaClass | null;
  kaLevel?: KaLevel;
  relationshipLevel?: RelationshipLevel | null;
  relationshipStage?: RelationshipStage | null;
  lifecycleStatus?: LifecycleStatus;
  needsSegment?: string | null;
  valueSegment?: string | null;
};

type Nullable<T> = { [K in keyof T]-?: Exclude<T[K], undefined> };

export type Customer = Nullable<
  Omit<CustomerInput, 'operatingStatus' | 'kaLevel' | 'lifecycleStatus'>
> & {
  id: number;
  version: number;
  operatingStatus: OperatingStatus;
  kaLevel: KaLevel;
  lifecycleStatus: LifecycleStatus;
  tier: Tier | null;
  createdAt: string;
  updatedAt: string;
};

export type Contact = {
  id: number;
  name: string;
  gender: Gender;
  birthday: string | null;
  title: string | null;
  department: string | null;
  /** E.164, e.g. +8613812345678. */
  mobile: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  buyingRole: BuyingRole | null;
  isKeyPerson: boolean;
};

export type Transaction = {
  id: number;
  occurredOn: string;
  amount: string;
  cost: string | null;
  profit: string | null;
  product: string | null;
  quantity: string | null;
  channel: string | null;
  externalId: string | null;
};

export type Customer360 = {
  customer: Customer;
  orgUnit: OrgUnitRef;
  team: { userId: number; displayName: string; teamRole: TeamRole }[];
  contacts: Contact[];
  purchases: {
    last12Months: string;
    lifetime: string;
    lastPurchaseOn: string | null;
    orders12Months: number;
  };
  recentTransactions: Transaction[];
  permissions: { edit: boolean };
};

export type AuditEntry = {
  id: number;
  at: string;
  actorName: string;
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
};
