export * from './org.ts';
export * from './customers.ts';
export * from './audit.ts';
export * from './customer-records.ts';
export * from './scoring.ts';
export * from './tier-decisions.ts';
export * from './confidentiality.ts';
export * from './privacy.ts';
