import type { FieldIssue } from '../app-error.ts';
import { replaceUnsafeFileNameCharacters } from '../file-name-characters.ts';

/**
 * Evidence files of an appeal (申诉, SPEC C2.7): which files are accepted and how they are
 * recognised. The declared type alone is a claim of the uploader; a file is accepted only when
 * its name, its declared type and (where the format has one) its leading bytes agree, so a
 * renamed executable or HTML page never comes back out of the download with a trusted type.
 */

export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;
export const MAX_ATTACHMENTS_PER_APPEAL = 5;
export const MAX_ATTACHMENT_NAME_LENGTH = 200;

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

type AttachmentType = {
  contentType: string;
  extensions: readonly string[];
  /** Whether the bytes are what this type says; every format but plain text has a signature. */
  matches: (bytes: Uint8Array) => boolean;
};

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  signature.every((byte, i) => bytes[i] === byte);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
// Office files are zip archives; entry names are stored uncompressed, so the part folder of the
// format ("xl/" for a workbook, "word/" for a document) shows in the raw bytes.
const zipWith = (bytes: Uint8Array, folder: string) =>
  startsWith(bytes, ZIP) && includesAscii(bytes, folder);

// Plain Uint8Array search, so the module stays free of Node's Buffer (the web app may import it).
function includesAscii(bytes: Uint8Array, text: string): boolean {
  const needle = Array.from(text, (c) => c.charCodeAt(0));
  const first = needle[0];
  for (let i = bytes.indexOf(first ?? 0); i >= 0; i = bytes.indexOf(first ?? 0, i + 1)) {
    if (needle.every((byte, j) => bytes[i + j] === byte)) return true;
  }
  return false;
}

export const ATTACHMENT_TYPES: readonly AttachmentType[] = [
  {
    contentType: 'application/pdf',
    extensions: ['pdf'],
    matches: (b) => startsWith(b, [0x25, 0x50, 0x44, 0x46, 0x2d]), // %PDF-
  },
  {
    contentType: 'image/png',
    extensions: ['png'],
    matches: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  },
  {
    contentType: 'image/jpeg',
    extensions: ['jpg', 'jpeg'],
    matches: (b) => startsWith(b, [0xff, 0xd8, 0xff]),
  },
  { contentType: XLSX, extensions: ['xlsx'], matches: (b) => zipWith(b, 'xl/') },
  { contentType: DOCX, extensions: ['docx'], matches: (b) => zipWith(b, 'word/') },
  {
    contentType: 'text/plain',
    extensions: ['txt'],
    // No signature: a NUL byte means a binary file, which no UTF-8 or GBK text contains.
    matches: (b) => !b.includes(0),
  },
];

/** What the error message lists as accepted. */
export const ATTACHMENT_TYPE_NAMES = 'PDF, PNG, JPEG, XLSX, DOCX, TXT';

export type AttachmentUpload = { fileName: string; contentType: string; bytes: Uint8Array };
export type CheckedAttachment = { fileName: string; contentType: string };

/**
 * Checks one upload: a usable name, a size from 1 byte to 5 MB, and an accepted type on which
 * the name's extension, the declared content type and the bytes agree. `application/octet-stream`
 * (what a client sends when it does not know) is resolved by the extension, and the bytes must
 * still match. Returns the sanitised name and the canonical content type, or the issues, each
 * naming the field (`file` or `fileName`).
 */
export function checkAttachment(
  upload: AttachmentUpload,
): { ok: true; value: CheckedAttachment } | { ok: false; issues: FieldIssue[] } {
  const fileName = sanitiseFileName(upload.fileName);
  if (fileName === '') return fail({ field: 'fileName', code: 'validation.required' });
  if (upload.bytes.length === 0) return fail({ field: 'file', code: 'validation.required' });
  if (upload.bytes.length > MAX_ATTACHMENT_BYTES) {
    return fail({
      field: 'file',
      code: 'validation.attachment_too_large',
      params: { maxMb: MAX_ATTACHMENT_BYTES / 1024 / 1024 },
    });
  }
  const extension = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const declared = upload.contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  const type = ATTACHMENT_TYPES.find((t) => t.extensions.includes(extension));
  const declaredOk =
    type !== undefined &&
    (declared === type.contentType || declared === 'application/octet-stream');
  if (!type || !declaredOk || !type.matches(upload.bytes)) {
    return fail({
      field: 'file',
      code: 'validation.attachment_type',
      params: { types: ATTACHMENT_TYPE_NAMES },
    });
  }
  return { ok: true, value: { fileName, contentType: type.contentType } };
}

function fail(issue: FieldIssue): { ok: false; issues: FieldIssue[] } {
  return { ok: false, issues: [issue] };
}

/**
 * The name kept for a download: the last path segment only (a browser may send "C:\…\a.pdf"),
 * without control characters or characters that Windows forbids in names, whitespace collapsed,
 * no leading dots (hidden files), at most 200 characters with the extension kept.
 */
export function sanitiseFileName(raw: string): string {
  const last = raw.normalize('NFC').split(/[\\/]/).pop() ?? '';
  const cleaned = replaceUnsafeFileNameCharacters(last, '').replace(/\s+/g, ' ');
  const name = cleaned.trim().replace(/^\.+/, '').trim();
  const chars = Array.from(name);
  if (chars.length <= MAX_ATTACHMENT_NAME_LENGTH) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? Array.from(name.slice(dot)) : [];
  if (extension.length > 10) return chars.slice(0, MAX_ATTACHMENT_NAME_LENGTH).join('');
  const stem = Array.from(name.slice(0, dot));
  return stem.slice(0, MAX_ATTACHMENT_NAME_LENGTH - extension.length).join('') + extension.join('');
}
