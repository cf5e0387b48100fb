import { describe, expect, it } from 'vitest';
import { migrationMatrix } from './migration-matrix.ts';

describe('migrationMatrix (C2.5)', () => {
  const before = [
    { customerId: 1, tier: 'A' },
    { customerId: 2, tier: 'B' },
    { customerId: 3, tier: 'B' },
    { customerId: 4, tier: 'D' },
    { customerId: 5, tier: 'C' },
  ] as const;
  const after = [
    { customerId: 3, tier: 'A' },
    { customerId: 1, tier: 'A' },
    { customerId: 2, tier: 'C' },
    { customerId: 4, tier: 'D' },
    { customerId: 6, tier: 'B' },
  ] as const;

  it('counts old tier × new tier with the customers of each cell', () => {
    const m = migrationMatrix(before, after);
    expect(m.cells.A.A).toEqual({ count: 1, customerIds: [1] });
    expect(m.cells.B.A).toEqual({ count: 1, customerIds: [3] });
    expect(m.cells.B.C).toEqual({ count: 1, customerIds: [2] });
    expect(m.cells.D.D).toEqual({ count: 1, customerIds: [4] });
    expect(m.cells.C.none).toEqual({ count: 1, customerIds: [5] });
    expect(m.cells.none.B).toEqual({ count: 1, customerIds: [6] });
    expect(m.cells.A.B).toEqual({ count: 0, customerIds: [] });
    expect([m.total, m.up, m.down, m.unchanged]).toEqual([6, 1, 1, 2]);
  });

  it('refuses a customer listed twice on one side', () => {
    expect(() => migrationMatrix([...before, { customerId: 1, tier: 'B' }], after)).toThrow(
      RangeError,
    );
  });
});
