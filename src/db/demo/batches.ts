import { demoContacts } from './contacts.ts';
import { csvLine } from './csv.ts';
import { customerRun, demoCustomer, type DemoCustomer } from './customers.ts';
import { chinaDay } from './dates.ts';
import { mixSeed, Random } from './random.ts';
import {
  CONTACT_COLUMNS,
  CUSTOMER_COLUMNS,
  rowValues,
  TEAM_COLUMNS,
  TRANSACTION_COLUMNS,
} from './tables.ts';
import { demoTransactions, type OrderCounter } from './transactions.ts';
import type { DemoUser } from './users.ts';

export type DemoCustomerOptions = {
  seed: number;
  customers: number;
  asOf: Date;
  users: readonly DemoUser[];
};

/** One COPY's worth of CSV for one table. */
export type DemoBatch = {
  table: 'customers' | 'customer_team' | 'contacts' | 'transactions';
  columns: readonly string[];
  csv: string;
  rows: number;
  /** Customers fully generated so far, for progress reports. */
  customersDone: number;
};

// Contacts and transactions draw from their own streams, so changing one generator leaves
// the others' output as it was.
const CONTACT_SALT = 0xc0a7ac75;
const ORDER_SALT = 0x0bde2025;

/** Customers 1…count in order; names and credit codes are unique across the whole run. */
export function* generateDemoCustomers(options: DemoCustomerOptions): Generator<DemoCustomer> {
  const run = customerRun(options.seed, chinaDay(options.asOf), options.users);
  for (let id = 1; id <= options.customers; id++) yield demoCustomer(run, id);
}

/**
 * The customer side of the demo as CSV batches in foreign-key order: each chunk of customers,
 * then their teams, contacts and transactions. Memory stays bounded by the chunk size, so the
 * same code serves 2,000 customers and the 100,000-customer benchmark (~2 million orders).
 */
export function* demoCustomerBatches(
  options: DemoCustomerOptions,
  chunkCustomers = 2_000,
  maxRowsPerBatch = 25_000,
): Generator<DemoBatch> {
  const asOfDay = chinaDay(options.asOf);
  const counter: OrderCounter = { next: 1 };
  const customers = generateDemoCustomers(options);
  let done = 0;
  for (;;) {
    const chunk: DemoCustomer[] = [];
    for (let i = 0; i < chunkCustomers; i++) {
      const next = customers.next();
      if (next.done) break;
      chunk.push(next.value);
    }
    if (chunk.length === 0) return;
    let customersCsv = '';
    let teamCsv = '';
    let teamRows = 0;
    let contactsCsv = '';
    let contactRows = 0;
    for (const customer of chunk) {
      customersCsv += csvLine(rowValues(CUSTOMER_COLUMNS, customer.row));
      for (const member of customer.team) teamCsv += csvLine(rowValues(TEAM_COLUMNS, member));
      teamRows += customer.team.length;
      const rng = new Random(mixSeed(options.seed ^ CONTACT_SALT, Number(customer.row.id)));
      for (const contact of demoContacts(rng, customer, asOfDay)) {
        contactsCsv += csvLine(rowValues(CONTACT_COLUMNS, contact));
        contactRows++;
      }
    }
    const batch = (table: DemoBatch['table'], columns: readonly string[], csv: string, rows: number): DemoBatch => ({ table, columns, csv, rows, customersDone: done }); // prettier-ignore
    yield batch('customers', CUSTOMER_COLUMNS, customersCsv, chunk.length);
    yield batch('customer_team', TEAM_COLUMNS, teamCsv, teamRows);
    if (contactRows > 0) yield batch('contacts', CONTACT_COLUMNS, contactsCsv, contactRows);
    // Lines collected in an array and joined once: appending to one long string builds a rope
    // that the garbage collector has to walk again and again.
    let orderLines: string[] = [];
    for (const customer of chunk) {
      const rng = new Random(mixSeed(options.seed ^ ORDER_SALT, Number(customer.row.id)));
      for (const order of demoTransactions(rng, customer, counter, asOfDay)) {
        orderLines.push(csvLine(rowValues(TRANSACTION_COLUMNS, order)));
      }
      if (orderLines.length >= maxRowsPerBatch) {
        yield batch('transactions', TRANSACTION_COLUMNS, orderLines.join(''), orderLines.length);
        orderLines = [];
      }
    }
    done += chunk.length;
    yield batch('transactions', TRANSACTION_COLUMNS, orderLines.join(''), orderLines.length);
  }
}
