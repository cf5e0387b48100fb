import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMPUTED_SOURCES } from './computed-sources.ts';
import { DEFAULT_MODEL } from './default-model.ts';
import { formatScaled, parseScaled } from './exact-decimal.ts';
import { migrationMatrix, TIERS_OR_NONE } from './migration-matrix.ts';
import { indicatorsOf } from './model-types.ts';
import { scorePopulation } from './score-population.ts';
import { population, decimalString } from './scoring-arbitraries.ts';
import type { CustomerScore } from './score-types.ts';
import { tierFor } from './tier.ts';

const people = population(DEFAULT_MODEL);
const byId = (customers: CustomerScore[]) => new Map(customers.map((c) => [c.customerId, c]));

describe('scorePopulation properties (default model)', () => {
  it('total = Σ contributions rounded half up, within 0.005, and its tier follows', () => {
    fc.assert(
      fc.property(people, (facts) => {
        for (const c of scorePopulation(DEFAULT_MODEL, facts).customers) {
          const sum = c.indicators.reduce((s, l) => s + parseScaled(l.contribution, 4), 0);
          const total = parseScaled(c.total, 2);
          expect(Math.abs(total * 100 - sum)).toBeLessThanOrEqual(50);
          expect(total).toBe(Math.floor((sum + 50) / 100));
          expect(c.tier).toBe(tierFor(total, DEFAULT_MODEL.thresholds));
        }
      }),
    );
  });

  it('keeps every score within 0–100 and every contribution = score × weight / 100', () => {
    fc.assert(
      fc.property(people, (facts) => {
        for (const c of scorePopulation(DEFAULT_MODEL, facts).customers) {
          for (const line of c.indicators) {
            const score = parseScaled(line.score, 2);
            expect(score).toBeGreaterThanOrEqual(0);
            expect(score).toBeLessThanOrEqual(10000);
            expect(line.contribution).toBe(formatScaled(score * line.weight, 4));
          }
          expect(parseScaled(c.total, 2)).toBeLessThanOrEqual(10000);
        }
      }),
    );
  });

  it('never lowers a customer’s total when one of its raw values rises', () => {
    // Every computed indicator of the default model normalises increasingly.
    const raise = fc.record({
      row: fc.nat(),
      source: fc.constantFrom(...COMPUTED_SOURCES),
      by: decimalString(0, 1_000_000),
    });
    fc.assert(
      fc.property(people, raise, (facts, { row, source, by }) => {
        const i = row % facts.length;
        const before = facts[i]?.raw[source];
        if (before === undefined || before === null) return;
        const raised = structuredClone(facts);
        const target = raised[i]!;
        const sum = parseScaled(before, 2) + parseScaled(by, 2);
        target.raw[source] = formatScaled(sum, 2);
        const old = scorePopulation(DEFAULT_MODEL, facts).customers[i]!;
        const now = scorePopulation(DEFAULT_MODEL, raised).customers[i]!;
        expect(parseScaled(now.total, 2)).toBeGreaterThanOrEqual(parseScaled(old.total, 2));
      }),
    );
  });

  it('gives each customer the same scores whatever the order of the population', () => {
    fc.assert(
      fc.property(
        people.chain((facts) =>
          fc.tuple(
            fc.constant(facts),
            fc.shuffledSubarray(facts, { minLength: facts.length, maxLength: facts.length }),
          ),
        ),
        ([facts, shuffled]) => {
          const a = byId(scorePopulation(DEFAULT_MODEL, facts).customers);
          const b = byId(scorePopulation(DEFAULT_MODEL, shuffled).customers);
          expect(b).toEqual(a);
        },
      ),
    );
  });

  it('scores equal facts equally (ties share a rank)', () => {
    fc.assert(
      fc.property(people, (facts) => {
        const twin = { ...structuredClone(facts[0]!), customerId: facts.length + 1 };
        const result = scorePopulation(DEFAULT_MODEL, [...facts, twin]).customers;
        const first = result[0]!;
        const last = result[result.length - 1]!;
        expect(last.indicators).toEqual(first.indicators);
        expect(last.total).toBe(first.total);
      }),
    );
  });

  it('the migration matrix’s cells add up to every customer on either side', () => {
    const dropSome = fc.array(fc.boolean(), { minLength: 40, maxLength: 40 });
    fc.assert(
      fc.property(people, people, dropSome, (a, b, drop) => {
        const before = scorePopulation(DEFAULT_MODEL, a).customers;
        const after = scorePopulation(DEFAULT_MODEL, b).customers.filter((_, i) => !drop[i]);
        const matrix = migrationMatrix(before, after);
        const seen = new Set([...before, ...after].map((c) => c.customerId));
        let count = 0;
        const ids: number[] = [];
        for (const from of TIERS_OR_NONE) {
          for (const to of TIERS_OR_NONE) {
            const cell = matrix.cells[from][to];
            expect(cell.customerIds.length).toBe(cell.count);
            count += cell.count;
            ids.push(...cell.customerIds);
          }
        }
        expect(count).toBe(seen.size);
        expect(matrix.total).toBe(seen.size);
        expect(new Set(ids)).toEqual(seen);
        expect(matrix.cells.none.none.count).toBe(0);
      }),
    );
  });

  it('scores every indicator of the model for every customer, in the model’s order', () => {
    const order = indicatorsOf(DEFAULT_MODEL).map(({ indicator }) => indicator.id);
    fc.assert(
      fc.property(people, (facts) => {
        for (const c of scorePopulation(DEFAULT_MODEL, facts).customers) {
          expect(c.indicators.map((l) => l.indicatorId)).toEqual(order);
        }
      }),
    );
  });
});
