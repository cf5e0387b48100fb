/**
 * Progress of work done in a few long steps (a scoring run is one SQL statement, which cannot
 * report rows as it goes): `[2/3] 计算得分 Computing … 3.4 s`, redrawn while the step runs on a
 * terminal, one line per finished step otherwise — so the bar never claims more than it knows.
 */
export function stepProgress(total: number) {
  const tty = process.stderr.isTTY === true;
  let index = 0;
  return async function step<T>(label: string, work: () => Promise<T>): Promise<T> {
    index += 1;
    const prefix = `[${index}/${total}] ${label}`;
    const started = performance.now();
    const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
    const timer = tty
      ? setInterval(() => process.stderr.write(`\r${prefix} … ${elapsed()}`), 200)
      : undefined;
    try {
      const result = await work();
      process.stderr.write(`${tty ? '\r' : ''}${prefix} ✓ ${elapsed()}\n`);
      return result;
    } finally {
      clearInterval(timer);
    }
  };
}
