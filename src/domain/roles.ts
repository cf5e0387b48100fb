/** The eight roles of the spec (SPEC "Who uses it"). A user may hold several. */
export const ROLES = [
  'admin',
  'committee',
  'director',
  'regional_manager',
  'ka_manager',
  'support',
  'secretary',
  'auditor',
] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
