import type { CustomerField } from '../../../src/domain/validation/customer-rules.ts';

export type FieldGroupKey = 'business' | 'contact' | 'operations' | 'classification';

/**
 * How the customer file is grouped on the 360 page and in the form (工商信息 / 联系方式 /
 * 经营情况 / 分类). Every input field of CUSTOMER_RULES appears once, except the credit-code
 * waiver, which the form shows only when the server asks for it.
 */
export const CUSTOMER_FIELD_GROUPS: { key: FieldGroupKey; fields: CustomerField[] }[] = [
  {
    key: 'business',
    fields: [
      'name',
      'shortName',
      'creditCode',
      'nature',
      'industry',
      'operatingStatus',
      'externalCreditRating',
      'shareholderStructure',
    ],
  },
  {
    key: 'contact',
    fields: ['province', 'city', 'address', 'postcode', 'phone', 'fax', 'email', 'website'],
  },
  {
    key: 'operations',
    fields: [
      'scale',
      'employees',
      'revenueBand',
      'annualRevenue',
      'assets',
      'mainProducts',
      'strategy',
      'bottlenecks',
      'reputationNotes',
    ],
  },
  {
    key: 'classification',
    fields: [
      'orgUnitId',
      'sourceChannel',
      'kaClass',
      'kaLevel',
      'relationshipLevel',
      'relationshipStage',
      'lifecycleStatus',
      'needsSegment',
      'valueSegment',
    ],
  },
];

/** Long free text: a textarea in the form and a full-width row on the 360 page. */
export const LONG_TEXT_FIELDS: ReadonlySet<string> = new Set([
  'shareholderStructure',
  'mainProducts',
  'strategy',
  'bottlenecks',
  'reputationNotes',
]);
