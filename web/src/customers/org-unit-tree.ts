import type { OrgUnit } from '../api/types.ts';

export type OrgUnitTreeNode = { value: number; title: string; children: OrgUnitTreeNode[] };

/** Nests the flat org-unit list for TreeSelect; a unit whose parent is not visible is a root. */
export function buildOrgUnitTree(units: readonly OrgUnit[]): OrgUnitTreeNode[] {
  const nodes = new Map<number, OrgUnitTreeNode>();
  for (const unit of units) nodes.set(unit.id, { value: unit.id, title: unit.name, children: [] });
  const roots: OrgUnitTreeNode[] = [];
  for (const unit of [...units].sort((a, b) => a.path.localeCompare(b.path))) {
    const node = nodes.get(unit.id);
    if (!node) continue;
    const parent = unit.parentId === null ? undefined : nodes.get(unit.parentId);
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}
