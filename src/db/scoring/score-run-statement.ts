import { sql, type SQL } from 'drizzle-orm';
import { AppError } from '../../domain/app-error.ts';
import type { ComputedSource } from '../../domain/scoring/computed-sources.ts';
import {
  indicatorsOf,
  type Indicator,
  type ScoringModel,
} from '../../domain/scoring/model-types.ts';
import { validateModel } from '../../domain/scoring/validate-model.ts';
import { computedScoreSql, ratedScoreSql, type SourceColumns } from './indicator-sql.ts';
import { SOURCE_SQL, sourceCtes } from './source-sql.ts';
import { SCORING_POPULATION } from './scoring-population.ts';
import { idLiteral, intLiteral } from './sql-literals.ts';
import { scoreRowWrites } from './score-row-writes.ts';

export type ScoreRunInput = {
  runId: number;
  /** The run's model version's definition; validated again here. */
  model: ScoringModel;
  /** The run's period, inclusive calendar dates (YYYY-MM-DD), at most a year long. */
  period: { start: string; end: string };
  /** The calendar day taken as today: an invoice due before it has fallen due. */
  asOf: string;
  /** Stamped on the rows this computation inserts or changes. */
  computedAt: Date;
};

type Entry = { indicator: Indicator; i: number };

/**
 * The one set-based statement that scores a run (SPEC C2.8, docs/scoring.md "Storage and
 * SQL"): population → raw values per source and current ratings (`facts`) → the population of
 * each percentile source (`stats`) → normalised scores → Σ contributions → total and tier,
 * inserted into customer_scores where new and updated where changed (score-row-writes.ts),
 * and the rows of customers no longer in the population deleted, all in one statement. It
 * answers one row: scored (population size), written (rows inserted or changed), removed.
 */
export function scoreRunStatement(input: ScoreRunInput): SQL {
  const { model, runId } = input;
  const issues = validateModel(model);
  if (issues.length > 0) throw new AppError('validation.failed', { issues });
  const entries: Entry[] = indicatorsOf(model).map((e, i) => ({ indicator: e.indicator, i }));
  const sources = new Set<ComputedSource>(
    entries.flatMap(({ indicator }) => (indicator.kind === 'computed' ? [indicator.source] : [])),
  );
  const percentileSources = new Set<ComputedSource>(
    entries.flatMap(({ indicator }) =>
      indicator.kind === 'computed' && indicator.normalisation.method === 'percentile'
        ? [indicator.source]
        : [],
    ),
  );
  const rated = entries.filter(({ indicator }) => indicator.kind === 'rated');
  const { start, end } = input.period;
  const ctes = sourceCtes(sources, {
    s: sql`${start}::date`,
    e: sql`(${end}::date + 1)`,
    ps: sql`(${start}::date - interval '1 year')::date`,
    pe: sql`(${end}::date + 1 - interval '1 year')::date`,
    asOf: sql`${input.asOf}::date`,
  });
  const writes = scoreRowWrites(runId, input.computedAt, model, entries, {
    raw: (indicator, i) =>
      indicator.kind === 'computed'
        ? rawColumn(indicator.source)
        : sql`${ratingColumn(i)}::numeric`,
    score: scoreColumn,
  });
  const with_ = [
    sql`pop AS (SELECT c.id AS customer_id FROM customers c WHERE ${SCORING_POPULATION})`,
    ...ctes.map((c) => sql`${sql.raw(c.name)} AS (${c.body})`),
    ...(rated.length > 0 ? [sql`rt AS (${ratingsCte(rated)})`] : []),
    sql`facts AS (${factsSelect(
      sources,
      rated,
      ctes.map((c) => c.name),
    )})`,
    ...(percentileSources.size > 0 ? [sql`stats AS (${statsSelect(percentileSources)})`] : []),
    sql`scored AS (
      SELECT facts.*, ${sql.join(
        entries.map(({ indicator, i }) => sql`${scoreOf(indicator, i)} AS ${scoreColumn(i)}`),
        sql`, `,
      )}
      FROM facts${percentileSources.size > 0 ? sql` CROSS JOIN stats` : sql``})`,
    sql`summed AS (SELECT scored.*, ${sql.join(
      entries.map(({ indicator, i }) => sql`${scoreColumn(i)} * ${intLiteral(indicator.weight)}`),
      sql` + `,
    )} AS sum_c FROM scored)`,
    ...writes.ctes,
    // The run's rows of customers outside the population, joined to customers by its key. An
    // anti join against pop (a CTE, no index) was planned as a nested loop over pop whenever
    // the statistics still showed the run empty, right after its first computation: 99,000 ×
    // 99,000 comparisons, many minutes. Against the table, any nested loop probes its primary
    // key. IS NOT TRUE, so this is exactly pop's complement.
    sql`removed AS (
      DELETE FROM customer_scores old USING customers c
      WHERE old.run_id = ${runId}::bigint AND c.id = old.customer_id
        AND (${SCORING_POPULATION}) IS NOT TRUE
      RETURNING 1)`,
  ];
  return sql`WITH ${sql.join(with_, sql`,\n`)}
    SELECT (SELECT count(*) FROM pop) AS scored,
           ${writes.written} AS written,
           (SELECT count(*) FROM removed) AS removed`;
}

const rawColumn = (source: ComputedSource) => sql.raw(`r_${source}`);
const ratingColumn = (i: number) => sql.raw(`g${i}`);
const scoreColumn = (i: number) => sql.raw(`s${i}`);

function sourceColumns(source: ComputedSource): SourceColumns {
  return {
    raw: rawColumn(source),
    n: sql.raw(`n_${source}`),
    lo: sql.raw(`lo_${source}`),
    hi: sql.raw(`hi_${source}`),
  };
}

function scoreOf(indicator: Indicator, i: number): SQL {
  return indicator.kind === 'computed'
    ? computedScoreSql(indicator, sourceColumns(indicator.source))
    : ratedScoreSql(indicator, ratingColumn(i));
}

/** One row per customer of the population: its raw value per source and current ratings. */
function factsSelect(sources: Set<ComputedSource>, rated: Entry[], ctes: string[]): SQL {
  const columns = [
    sql`pop.customer_id`,
    ...[...sources].map((s) => sql`${SOURCE_SQL[s].raw} AS ${rawColumn(s)}`),
    ...rated.map(({ i }) => sql`rt.${ratingColumn(i)}`),
  ];
  const joins = [...ctes, ...(rated.length > 0 ? ['rt'] : [])].map(
    (name) => sql`LEFT JOIN ${sql.raw(name)} ON ${sql.raw(name)}.customer_id = pop.customer_id`,
  );
  return sql`SELECT ${sql.join(columns, sql`, `)} FROM pop ${sql.join(joins, sql` `)}`;
}

/** For each percentile source: how many customers have a value, the lowest and the highest. */
function statsSelect(sources: Set<ComputedSource>): SQL {
  const columns = [...sources].map((s) => {
    const c = sourceColumns(s);
    return sql`count(${c.raw}) AS ${c.n}, min(${c.raw}) AS ${c.lo}, max(${c.raw}) AS ${c.hi}`;
  });
  return sql`SELECT ${sql.join(columns, sql`, `)} FROM facts`;
}

/** The latest rating per customer of each rated indicator, pivoted to one column each. */
function ratingsCte(rated: Entry[]): SQL {
  const columns = rated.map(
    ({ indicator, i }) =>
      sql`max(value) FILTER (WHERE indicator_id = ${idLiteral(indicator.id)}) AS ${ratingColumn(i)}`,
  );
  return sql`SELECT customer_id, ${sql.join(columns, sql`, `)}
    FROM (SELECT DISTINCT ON (customer_id, indicator_id) customer_id, indicator_id, value
          FROM customer_ratings
          WHERE indicator_id IN (${sql.join(
            rated.map(({ indicator }) => idLiteral(indicator.id)),
            sql`, `,
          )})
          ORDER BY customer_id, indicator_id, rated_at DESC, id DESC) latest
    GROUP BY customer_id`;
}
