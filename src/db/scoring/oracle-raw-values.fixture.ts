/**
 * The raw values of docs/scoring.md ("Storage and SQL") computed in TypeScript from the
 * generated files, independently of the SQL, for the oracle test only. Money in bigint cents;
 * rounding of rates half away from zero, as PostgreSQL's round() does.
 */
import { addMonths } from '../../domain/date-only.ts';
import { formatScaled, parseExact } from '../../domain/scoring/exact-decimal.ts';
import type { ComputedSource } from '../../domain/scoring/computed-sources.ts';
import type { CustomerFacts } from '../../domain/scoring/score-types.ts';
import {
  addDays,
  type CustomerFile,
  type InvoiceFact,
  type OracleRun,
  type TxFact,
} from './oracle-population.fixture.ts';

const cents = (value: string): bigint => {
  const { num, scale } = parseExact(value);
  return num * 10n ** BigInt(2 - scale);
};
const sum = (values: bigint[]) => values.reduce((a, b) => a + b, 0n);
const text = (value: bigint, scale: number) => formatScaled(Number(value), scale);

/** round-half-away(100 × num / den) in hundredths, den > 0. */
function percent(num: bigint, den: bigint): string {
  const abs = num < 0n ? -num : num;
  const h = (20000n * abs + den) / (2n * den);
  return text(num < 0n ? -h : h, 2);
}

export function rawValues(
  file: CustomerFile,
  run: OracleRun,
): Record<ComputedSource, string | null> {
  const endExclusive = addDays(run.end, 1);
  const inPeriod = (d: string) => d >= run.start && d < endExclusive;
  const inPrior = (d: string) => d >= addMonths(run.start, -12) && d < addMonths(endExclusive, -12);
  const period = file.transactions.filter((t) => inPeriod(t.occurredOn));
  const amount = sum(period.map((t) => cents(t.amount)));
  const prior = sum(
    file.transactions.filter((t) => inPrior(t.occurredOn)).map((t) => cents(t.amount)),
  );
  return {
    annual_purchase_amount: text(amount, 2),
    purchase_frequency: String(new Set(period.map((t) => t.occurredOn)).size),
    profit_contribution_rate: profitRate(period),
    business_growth_yoy: prior > 0n ? percent(amount - prior, prior) : null,
    repeat_purchase_rate: repeatRate(period),
    ...paymentValues(
      file.invoices.filter((p) => inPeriod(p.dueOn)),
      run.asOf,
    ),
    survey_recommendation: null,
    survey_recognition: null,
  };
}

function profitRate(period: TxFact[]): string | null {
  const known = period.flatMap((t) => {
    const margin =
      t.profit !== null
        ? cents(t.profit)
        : t.cost !== null
          ? cents(t.amount) - cents(t.cost)
          : null;
    return margin === null ? [] : [{ margin, amount: cents(t.amount) }];
  });
  const base = sum(known.map((k) => k.amount));
  return base > 0n ? percent(sum(known.map((k) => k.margin)), base) : null;
}

function repeatRate(period: TxFact[]): string | null {
  const days = new Map<string, Set<string>>();
  for (const t of period) {
    if (t.product === null || t.product === '') continue;
    days.set(t.product, (days.get(t.product) ?? new Set()).add(t.occurredOn));
  }
  if (days.size === 0) return null;
  const repeated = [...days.values()].filter((d) => d.size >= 2).length;
  return percent(BigInt(repeated), BigInt(days.size));
}

function paymentValues(due: InvoiceFact[], asOf: string) {
  const daysBetween = (a: string, b: string) =>
    Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
  let decided = 0;
  let onTime = 0;
  let worst: number | null = null;
  for (const p of due) {
    const settled =
      p.paidOn !== null && p.paidAmount !== null && cents(p.paidAmount) >= cents(p.amount);
    if (!settled && !(p.dueOn < asOf)) continue;
    decided++;
    if (settled && (p.paidOn as string) <= p.dueOn) onTime++;
    const days = settled
      ? Math.max(daysBetween(p.dueOn, p.paidOn as string), 0)
      : daysBetween(p.dueOn, asOf);
    worst = worst === null ? days : Math.max(worst, days);
  }
  return {
    payment_on_time_rate: decided > 0 ? percent(BigInt(onTime), BigInt(decided)) : null,
    payment_overdue_days: worst === null ? null : String(worst),
  };
}

/** The latest rating per indicator: the highest minute, the later-given on a tie. */
export function latestRatings(file: CustomerFile): Record<string, number> {
  const latest: Record<string, { value: number; minute: number }> = {};
  for (const r of file.ratings) {
    const seen = latest[r.indicatorId];
    if (!seen || r.minute >= seen.minute)
      latest[r.indicatorId] = { value: r.value, minute: r.minute };
  }
  return Object.fromEntries(Object.entries(latest).map(([id, r]) => [id, r.value]));
}

/** The oracle's input: the scored customers (not terminated, not merged), by id. */
export function oracleFacts(files: CustomerFile[], ids: number[], run: OracleRun): CustomerFacts[] {
  return files
    .map((file, i) => ({ file, id: ids[i] as number }))
    .filter(({ file }) => file.excluded === 'no')
    .sort((a, b) => a.id - b.id)
    .map(({ file, id }) => ({
      customerId: id,
      raw: rawValues(file, run),
      ratings: latestRatings(file),
    }));
}
