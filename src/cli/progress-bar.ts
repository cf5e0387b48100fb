/**
 * A one-line progress bar on stderr (stdout stays clean for the summary). Redrawn at most
 * ten times a second; silent when stderr is not a terminal, so logs do not fill with bars.
 */
export function progressBar(label: string) {
  const tty = process.stderr.isTTY === true;
  const started = performance.now();
  let lastDraw = 0;
  let drawn = false;
  return {
    update(done: number, total: number, rows: number) {
      if (!tty) return;
      const now = performance.now();
      if (now - lastDraw < 100 && done < total) return;
      lastDraw = now;
      drawn = true;
      const share = total > 0 ? Math.min(1, done / total) : 0;
      const width = 30;
      const filled = Math.round(share * width);
      const seconds = (now - started) / 1000;
      const rate = seconds > 0 ? Math.round(rows / seconds) : 0;
      process.stderr.write(
        `\r${label} [${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ` +
          `${String(Math.floor(share * 100)).padStart(3)}%  ${rows.toLocaleString('en')} 行 rows  ${rate.toLocaleString('en')} 行/s`,
      );
    },
    done() {
      if (drawn) process.stderr.write('\n');
    },
  };
}
