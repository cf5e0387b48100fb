import { creditCodeCheckChar } from '../../domain/credit-code.ts';
import type { Random } from './random.ts';

/** Registration authority + entity type, positions 1–2 of a credit code (GB 32100 table 1). */
export type CreditCodeKind =
  | '91' // 工商 · 企业
  | '93' // 工商 · 农民专业合作社
  | '11' // 机构编制 · 机关
  | '12' // 机构编制 · 事业单位
  | '51' // 民政 · 社会团体
  | '52'; // 民政 · 民办非企业单位

// Organisation-code characters (GB 11714) that are also in the credit-code alphabet.
const BODY_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

/** GB 11714 check character of an 8-character organisation code body. */
function orgCodeCheck(body: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const ch = body.charAt(i);
    // Digits count face value, letters A=10 … Z=35.
    const value = ch >= '0' && ch <= '9' ? Number(ch) : ch.charCodeAt(0) - 55;
    sum += value * (ORG_WEIGHTS[i] ?? 0);
  }
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

/**
 * Draws credit codes that are valid (check character per GB 32100) and unique within one run.
 * Positions 9–17 are a valid organisation code: the `MA…` form for companies registered since
 * the 2015 reform, eight digits for older ones.
 */
export class CreditCodeFactory {
  private readonly issued = new Set<string>();

  next(
    rng: Random,
    kind: CreditCodeKind,
    divisionCode: string,
    registeredAfter2015: boolean,
  ): string {
    for (;;) {
      let body: string;
      if (kind === '91' && registeredAfter2015) {
        body = 'MA';
        for (let i = 0; i < 6; i++) body += BODY_CHARS.charAt(rng.int(0, BODY_CHARS.length - 1));
      } else if (kind === '11' || kind === '12') {
        // Government bodies and public institutions have mostly-zero organisation codes.
        body = `00${rng.int(0, 9)}${rng.digits(5)}`;
      } else {
        body = `${rng.int(1, 7)}${rng.digits(7)}`;
      }
      const first17 = kind + divisionCode + body + orgCodeCheck(body);
      const check = creditCodeCheckChar(first17);
      if (check === null) throw new Error(`credit code with a bad character: ${first17}`);
      const code = first17 + check;
      if (!this.issued.has(code)) {
        this.issued.add(code);
        return code;
      }
    }
  }
}
