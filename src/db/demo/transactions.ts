import { TRANSACTION_CHANNELS, type TransactionChannel } from '../../domain/customer-fields.ts';
import type { DemoCustomer } from './customers.ts';
import { dayMonth, dayTimestamp, dayToIso } from './dates.ts';
import { centsShare, centsToDecimal } from './money.ts';
import { productsFor, SMALL_ORDER_PRODUCTS, type Product } from './products.ts';
import type { Random, WeightedTable } from './random.ts';
import type { TransactionRow } from './tables.ts';

/** The ERP order counter of a run; external ids stay unique across chunks. */
export type OrderCounter = { next: number };

// Relative order volume by month: the Spring Festival dip in February, year-end spending in
// December (budgets of state-owned customers must be used by then).
const MONTH_WEIGHT = [0, 0.8, 0.45, 0.9, 1, 1, 1.15, 0.95, 0.95, 1.1, 0.85, 1.1, 1.4];
const MAX_MONTH_WEIGHT = 1.4;

/** Yearly spend of the median buyer (weight 1), in yuan. */
const BASE_SPEND_YUAN = 60_000;

export function demoTransactions(
  rng: Random,
  customer: DemoCustomer,
  counter: OrderCounter,
  asOfDay: number,
): TransactionRow[] {
  const { plan } = customer;
  if (plan.activity === 'prospect') return [];
  const activeDays = plan.lastDay - plan.firstDay + 1;
  // Bigger accounts order more often and in bigger orders: frequency grows slower than spend.
  const perYear = Math.min(250, 6 * plan.weight ** 0.55);
  const count = Math.max(1, Math.round(((perYear * activeDays) / 365) * (0.75 + 0.5 * rng.next())));
  const typicalOrderYuan = (BASE_SPEND_YUAN * plan.weight) / perYear;
  const growth = Math.max(0.1, 1 + plan.trend);
  const days: number[] = [];
  while (days.length < count) {
    const day = plan.firstDay + rng.int(0, activeDays - 1);
    if (rng.next() * MAX_MONTH_WEIGHT < (MONTH_WEIGHT[dayMonth(day)] ?? 1)) days.push(day);
  }
  days.sort((a, b) => a - b);
  const products = productsFor(customer.industry.section);
  return days.map((day) => {
    const trend = growth ** ((day - plan.firstDay) / 365);
    const target = typicalOrderYuan * trend * Math.exp(rng.normal(0, 0.6));
    const product = pickProduct(rng, products, target);
    const line = orderLine(rng, product, target);
    const channel: TransactionChannel = rng.chance(0.8) ? plan.channel : rng.pick(TRANSACTION_CHANNELS); // prettier-ignore
    const costPermille =
      rng.int(product.costLow, product.costHigh) + (channel === 'tender' ? 20 : 0);
    const costCents = centsShare(line.amountCents, costPermille);
    const sequence = counter.next++;
    const iso = dayToIso(day);
    return {
      customer_id: customer.row.id,
      occurred_on: iso,
      amount: centsToDecimal(line.amountCents),
      cost: centsToDecimal(costCents),
      profit: centsToDecimal(line.amountCents - costCents),
      product: product.name,
      quantity: line.quantity,
      channel,
      currency: 'CNY',
      external_id: `ERP-${iso.slice(0, 4)}-${String(sequence).padStart(8, '0')}`,
      // The ERP pushes orders in its nightly sync, up to three days later.
      created_at: dayTimestamp(Math.min(asOfDay, day + rng.int(1, 3)), rng.int(7200, 18000)),
    };
  });
}

function pickProduct(rng: Random, products: WeightedTable<Product>, target: number): Product {
  for (let attempt = 0; attempt < 5; attempt++) {
    const product = rng.weighted(products);
    if (product.minYuan <= target) return product;
  }
  return rng.weighted(SMALL_ORDER_PRODUCTS);
}

/** Unit price (rounded as a price list would be) × quantity, in integer cents. */
function orderLine(rng: Random, product: Product, target: number) {
  const high = Math.max(product.minYuan, Math.min(product.maxYuan, Math.round(target)));
  let unitYuan = rng.int(product.minYuan, high);
  if (unitYuan >= 10_000) unitYuan = Math.round(unitYuan / 100) * 100;
  else if (unitYuan >= 1_000) unitYuan = Math.round(unitYuan / 10) * 10;
  // Small parts carry cents (¥356.50); equipment is priced in whole yuan.
  const unitCents = unitYuan * 100 + (unitYuan < 1_000 && rng.chance(0.5) ? rng.int(0, 99) : 0);
  const quantity = Math.max(1, Math.min(product.maxQty, Math.round(target / unitYuan)));
  return { amountCents: unitCents * quantity, quantity };
}
