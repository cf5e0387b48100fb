/** Mainland China postal code (邮政编码): six digits. */
const POSTCODE = /^\d{6}$/;

/** NFKC (full-width digits → ASCII) and trim, then six digits; null otherwise. */
export function normalisePostcode(input: string): string | null {
  const code = input.normalize('NFKC').trim();
  return POSTCODE.test(code) ? code : null;
}

export function isPostcode(input: string): boolean {
  return normalisePostcode(input) !== null;
}
