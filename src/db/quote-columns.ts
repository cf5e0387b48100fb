const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/** Column lists for COPY are built from code, never from input; refuse anything odd anyway. */
export function quoteColumns(columns: readonly string[]): string {
  return columns
    .map((column) => {
      if (!IDENTIFIER.test(column)) throw new Error(`bad column name ${column}`);
      return `"${column}"`;
    })
    .join(', ');
}
