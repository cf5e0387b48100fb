import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { csvRecords } from './csv-records.ts';

async function* chunked(parts: readonly string[]) {
  for (const part of parts) yield part;
}

async function fast(parts: readonly string[], delimiter: string) {
  const out: string[][] = [];
  for await (const batch of csvRecords(chunked(parts), delimiter)) out.push(...batch);
  return out;
}

function reference(text: string, delimiter: string): string[][] | 'error' {
  try {
    return parse(text, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    }) as string[][];
  } catch {
    return 'error';
  }
}

/** Text cut into chunks at the given positions, as a stream delivers it. */
function cut(text: string, at: readonly number[]): string[] {
  const points = [...new Set(at.map((n) => n % (text.length + 1)))].sort((a, b) => a - b);
  const parts: string[] = [];
  let from = 0;
  for (const point of points) {
    parts.push(text.slice(from, point));
    from = point;
  }
  parts.push(text.slice(from));
  return parts;
}

const ALPHABET = ['a', '甲', ',', ';', '\n', '\r', '\r\n', ' ', '"', '1'];

describe('csvRecords', () => {
  it('reads any text exactly as csv-parse does, however it is cut into chunks', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...ALPHABET), { maxLength: 40 }),
        fc.array(fc.nat(60), { maxLength: 5 }),
        fc.constantFrom(',', ';'),
        async (pieces, at, delimiter) => {
          const text = pieces.join('');
          const expected = reference(text, delimiter);
          const got = await fast(cut(text, at), delimiter).catch(() => 'error' as const);
          expect(got).toEqual(expected);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('reads quote-free text with each line ending, blank lines and a last line without one', async () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const text = ['甲,1', '', '乙,2,', ',', '丙'].join(eol);
      expect(await fast(cut(text, [3, 7]), ',')).toEqual(reference(text, ','));
      expect(await fast([text + eol], ',')).toEqual(reference(text + eol, ','));
    }
  });

  it('switches to csv-parse from the record holding the first quote on', async () => {
    const text = 'a,b\nc,d\n"e\nf",g\nh,"i""j"\n';
    expect(await fast(cut(text, [2, 9, 12]), ',')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e\nf', 'g'],
      ['h', 'i"j'],
    ]);
  });

  it('fails on a quote left open, as csv-parse does', async () => {
    await expect(fast(['a,b\n"c,d\n'], ',')).rejects.toMatchObject({
      code: 'CSV_QUOTE_NOT_CLOSED',
    });
  });
});
