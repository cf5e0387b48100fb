import {
  BUYING_ROLES,
  GENDERS,
  INDUSTRY_SECTIONS,
  KA_CLASSES,
  KA_LEVELS,
  LIFECYCLE_STATUSES,
  NATURES,
  OPERATING_STATUSES,
  ORG_UNIT_KINDS,
  RELATIONSHIP_LEVELS,
  RELATIONSHIP_STAGES,
  REVENUE_BANDS,
  SCALES,
  SOURCE_CHANNELS,
  TEAM_ACCESS_LEVELS,
  TEAM_ROLES,
  TIERS,
  TRANSACTION_CHANNELS,
} from '../../../src/domain/customer-fields.ts';
import { ROLES } from '../../../src/domain/roles.ts';
import { TIER_SOURCES } from '../../../src/domain/scoring/tier-source.ts';

/** Every closed vocabulary the screens label, keyed as in the locale files' `code` section. */
export const VOCABULARIES = {
  nature: NATURES,
  industry: INDUSTRY_SECTIONS,
  scale: SCALES,
  revenueBand: REVENUE_BANDS,
  operatingStatus: OPERATING_STATUSES,
  sourceChannel: SOURCE_CHANNELS,
  kaClass: KA_CLASSES,
  kaLevel: KA_LEVELS,
  relationshipLevel: RELATIONSHIP_LEVELS,
  relationshipStage: RELATIONSHIP_STAGES,
  lifecycleStatus: LIFECYCLE_STATUSES,
  tier: TIERS,
  tierSource: TIER_SOURCES,
  gender: GENDERS,
  buyingRole: BUYING_ROLES,
  teamRole: TEAM_ROLES,
  accessLevel: TEAM_ACCESS_LEVELS,
  orgUnitKind: ORG_UNIT_KINDS,
  transactionChannel: TRANSACTION_CHANNELS,
  role: ROLES,
} as const;

export type VocabularyKey = keyof typeof VOCABULARIES;
export type VocabularyCode<K extends VocabularyKey> = (typeof VOCABULARIES)[K][number];

/** A label for every code: a locale file missing one fails the type check. */
export type CodeLabels = { [K in VocabularyKey]: Record<VocabularyCode<K>, string> };
