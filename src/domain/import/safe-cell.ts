// A text cell starting with one of these is read as a formula by Excel, LibreOffice or WPS once
// the sheet passes through CSV (OWASP "CSV injection"); tab and CR hide the sign behind space.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text written to a spreadsheet cell, neutralised: `=HYPERLINK(…)` becomes `'=HYPERLINK(…)`,
 * which every spreadsheet shows as the literal text. Numbers are written as numbers, so a
 * negative amount is not affected.
 */
export function safeCellText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
