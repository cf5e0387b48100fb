import { describe, expect, it } from 'vitest';
import { checkAttachment, MAX_ATTACHMENT_BYTES, sanitiseFileName } from './attachment-types.ts';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(
    parts.flatMap((p) => (typeof p === 'string' ? Array.from(Buffer.from(p, 'latin1')) : p)),
  );
const PDF = bytes('%PDF-1.7\n…');
const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
const XLSX = bytes([0x50, 0x4b, 0x03, 0x04], '....[Content_Types].xml....xl/workbook.xml');
const DOCX = bytes([0x50, 0x4b, 0x03, 0x04], '....[Content_Types].xml....word/document.xml');
const TXT = new Uint8Array(Buffer.from('合同编号 HT-2025-001', 'utf8'));
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const verdict = (fileName: string, contentType: string, content: Uint8Array) => {
  const result = checkAttachment({ fileName, contentType, bytes: content });
  return result.ok ? result.value : result.issues.map((i) => `${i.field}:${i.code}`).join();
};

describe('appeal evidence types (C2.7)', () => {
  it.each([
    ['合同.pdf', 'application/pdf', PDF, 'application/pdf'],
    ['截图.PNG', 'image/png', PNG, 'image/png'],
    ['现场照片.jpg', 'image/jpeg', JPEG, 'image/jpeg'],
    ['对账单.jpeg', 'image/jpeg', JPEG, 'image/jpeg'],
    ['对账单.xlsx', XLSX_TYPE, XLSX, XLSX_TYPE],
    ['说明.docx', DOCX_TYPE, DOCX, DOCX_TYPE],
    ['说明.txt', 'text/plain; charset=utf-8', TXT, 'text/plain'],
    // A client that does not know the type: the name decides, the bytes must still agree.
    ['合同.pdf', 'application/octet-stream', PDF, 'application/pdf'],
  ])('accepts %s as %s', (name, type, content, expected) => {
    expect(verdict(name, type, content)).toEqual({ fileName: name, contentType: expected });
  });

  it.each([
    ['a renamed executable', 'setup.pdf', 'application/pdf', bytes('MZ\x90\x00')],
    ['a type not accepted', 'page.html', 'text/html', bytes('<html>')],
    ['a declared type that contradicts the name', '合同.pdf', 'image/png', PDF],
    ['a png claiming to be a jpeg', 'a.jpg', 'image/jpeg', PNG],
    ['a workbook named as a document', 'a.docx', DOCX_TYPE, XLSX],
    ['a zip that is no office file', 'a.xlsx', XLSX_TYPE, bytes([0x50, 0x4b, 0x03, 0x04], 'x.txt')],
    ['binary bytes named .txt', 'a.txt', 'text/plain', bytes('abc', [0, 1, 2])],
    ['no extension', '合同', 'application/pdf', PDF],
  ])('refuses %s, naming the file field', (_what, name, type, content) => {
    expect(verdict(name, type, content)).toBe('file:validation.attachment_type');
  });

  it('refuses empty and oversized files and a name that is nothing', () => {
    expect(verdict('a.pdf', 'application/pdf', new Uint8Array())).toBe('file:validation.required');
    const big = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
    big.set(PDF);
    expect(verdict('a.pdf', 'application/pdf', big)).toBe('file:validation.attachment_too_large');
    big.fill(0x20, PDF.length);
    expect(
      verdict('a.pdf', 'application/pdf', big.subarray(0, MAX_ATTACHMENT_BYTES)),
    ).toMatchObject({
      contentType: 'application/pdf',
    });
    expect(verdict(' ../ ', 'application/pdf', PDF)).toBe('fileName:validation.required');
  });
});

describe('kept file names', () => {
  it('keeps the last path segment without control or reserved characters', () => {
    expect(sanitiseFileName('C:\\Users\\张伟\\合同 (终版).pdf')).toBe('合同 (终版).pdf');
    expect(sanitiseFileName('../../etc/passwd')).toBe('passwd');
    expect(sanitiseFileName('a\u0000b\r\n<c>:"d"|?*.txt')).toBe('abcd.txt');
    expect(sanitiseFileName('a \u3000  b.txt')).toBe('a b.txt');
    expect(sanitiseFileName('...hidden.txt')).toBe('hidden.txt');
  });

  it('shortens to 200 characters and keeps the extension', () => {
    const long = sanitiseFileName('证'.repeat(300) + '.pdf');
    expect(Array.from(long)).toHaveLength(200);
    expect(long.endsWith('证.pdf')).toBe(true);
  });
});
