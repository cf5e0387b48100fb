import type { NeedKind, NeedStatus } from '../../../domain/record-fields.ts';
import type { NeedField } from '../../../domain/validation/record-rules.ts';
import {
  findNeedRow,
  insertNeedRow,
  updateNeedIfVersion,
  type NeedRow,
  type NewNeedRow,
} from '../../../db/records/need-repository.ts';
import type { VersionedStore } from '../versioned-record.ts';

export type NeedInput = Partial<Record<NeedField, unknown>>;

export type NeedDto = {
  id: number;
  kind: NeedKind;
  title: string;
  function: string | null;
  variety: string | null;
  specification: string | null;
  targetPrice: string | null;
  timeliness: string | null;
  status: NeedStatus;
  notes: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
};

export function toNeedDto(row: NeedRow): NeedDto {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    function: row.function,
    variety: row.variety,
    specification: row.specification,
    targetPrice: row.targetPrice,
    timeliness: row.timeliness,
    status: row.status,
    notes: row.notes,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export const NEED_STORE: VersionedStore<NeedRow, NeedDto> = {
  type: 'need',
  entityType: 'need',
  surface: 'need',
  find: findNeedRow,
  insert: (tx, values) => insertNeedRow(tx, values as NewNeedRow),
  update: (tx, id, version, values) =>
    updateNeedIfVersion(tx, id, version, values as Partial<NewNeedRow>),
  toDto: toNeedDto,
};
