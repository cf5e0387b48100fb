import type { CellValue } from '../../domain/import/cell-input.ts';

/** One row of a sheet, numbered as a spreadsheet shows it (the header is usually row 1). */
export type SheetRow = { number: number; cells: CellValue[] };

export function isBlankRow(cells: readonly CellValue[]): boolean {
  return cells.every((cell) => cell === null || (typeof cell === 'string' && cell.trim() === ''));
}
