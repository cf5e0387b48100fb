import { formatMobileForDisplay } from '../../../src/domain/phone.ts';

/** `+8613812345678` → `138 1234 5678`, the grouping Chinese users read and dial. */
export function formatMobile(e164: string | null | undefined): string {
  return e164 ? formatMobileForDisplay(e164) : '—';
}
