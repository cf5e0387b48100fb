import type { AttachmentMeta } from '../../db/scoring/attachment-repository.ts';
import { person, type PersonRef } from './override-dto.ts';

export type AttachmentDto = {
  id: number;
  appealId: number;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  /** Hex SHA-256 of the content, so a downloaded copy can be shown to be the evidence filed. */
  sha256: string;
  uploadedBy: PersonRef;
  uploadedAt: string;
};

export function toAttachmentDto(
  row: Omit<AttachmentMeta, 'uploadedByName'> & { uploadedByName?: string | null },
): AttachmentDto {
  return {
    id: row.id,
    appealId: row.appealId,
    fileName: row.fileName,
    contentType: row.contentType,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    uploadedBy: person(row.uploadedBy, row.uploadedByName ?? null),
    uploadedAt: row.uploadedAt.toISOString(),
  };
}
