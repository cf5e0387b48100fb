import type {
  BiddingMethod,
  PriceLevel,
  ProjectPhase,
  ProjectStatus,
} from '../../../domain/record-fields.ts';
import type { ProjectField } from '../../../domain/validation/record-rules.ts';
import {
  findProjectRow,
  insertProjectRow,
  updateProjectIfVersion,
  type NewProjectRow,
  type ProjectRow,
} from '../../../db/records/project-repository.ts';
import type { VersionedStore } from '../versioned-record.ts';

export type ProjectInput = Partial<Record<ProjectField, unknown>>;

export type ProjectDto = {
  id: number;
  name: string;
  phase: ProjectPhase;
  status: ProjectStatus;
  contractValue: string | null;
  expectedFollowOnValue: string | null;
  biddingMethod: BiddingMethod | null;
  contractHabits: string | null;
  priceLevel: PriceLevel | null;
  startOn: string | null;
  endOn: string | null;
  notes: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
};

export function toProjectDto(row: ProjectRow): ProjectDto {
  return {
    id: row.id,
    name: row.name,
    phase: row.phase,
    status: row.status,
    contractValue: row.contractValue,
    expectedFollowOnValue: row.expectedFollowOnValue,
    biddingMethod: row.biddingMethod,
    contractHabits: row.contractHabits,
    priceLevel: row.priceLevel,
    startOn: row.startOn,
    endOn: row.endOn,
    notes: row.notes,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export const PROJECT_STORE: VersionedStore<ProjectRow, ProjectDto> = {
  type: 'project',
  entityType: 'project',
  surface: 'project',
  find: findProjectRow,
  insert: (tx, values) => insertProjectRow(tx, values as NewProjectRow),
  update: (tx, id, version, values) =>
    updateProjectIfVersion(tx, id, version, values as Partial<NewProjectRow>),
  toDto: toProjectDto,
};
