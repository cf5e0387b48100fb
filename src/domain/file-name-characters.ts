/** What Windows refuses in a file name (path separators included); control characters too. */
const FORBIDDEN = new Set(['<', '>', ':', '"', '|', '?', '*', '\\', '/']);

function isUnsafe(character: string, extra: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  return code < 0x20 || code === 0x7f || FORBIDDEN.has(character) || extra.includes(character);
}

/**
 * `text` with every run of characters unsafe in a file name — and of `extra`, e.g. the `[]` that
 * Excel refuses in sheet names — replaced by `replacement` ('' removes them). The one rule for
 * export file names and kept attachment names.
 */
export function replaceUnsafeFileNameCharacters(
  text: string,
  replacement: string,
  extra = '',
): string {
  let result = '';
  let inRun = false;
  for (const character of text) {
    if (isUnsafe(character, extra)) {
      if (!inRun) result += replacement;
      inRun = true;
    } else {
      result += character;
      inRun = false;
    }
  }
  return result;
}
