/**
 * CSV as RFC 4180 describes it — comma-separated, CRLF line ends, fields with a comma, quote or
 * line break quoted and their quotes doubled — in UTF-8 with a byte order mark so spreadsheet
 * programs read Indonesian text correctly, and with formulas neutralized: a text cell starting
 * with = + - @ (or a tab or carriage return) gets a leading apostrophe, so opening the file in a
 * spreadsheet never runs anything a document's author typed (CSV injection). Numbers are
 * numbers, never formulas, and are written as they are (a negative value stays -5).
 */

/** A cell's value: lists are written as one cell, their items separated by "; ". */
export type Cell = string | number | boolean | null | undefined | readonly (string | number)[]

export const CSV_BOM = '\uFEFF'
export const CSV_LINE_END = '\r\n'
export const LIST_SEPARATOR = '; '

const FORMULA_START = /^[=+\-@\t\r]/

export const neutralizeFormula = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text)

const quoteIfNeeded = (text: string): string => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text)

const numberText = (value: number): string => (Number.isFinite(value) ? String(value) : '')

/** One cell as CSV text, quoted when it must be. */
export const csvCell = (value: Cell): string => {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return numberText(value)
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  if (Array.isArray(value)) {
    const items = (value as readonly (string | number)[]).map((item) => (typeof item === 'number' ? numberText(item) : String(item)))
    return quoteIfNeeded(neutralizeFormula(items.join(LIST_SEPARATOR)))
  }
  return quoteIfNeeded(neutralizeFormula(String(value)))
}

/** A whole CSV file: BOM, the header row, then one row per record, every line ending in CRLF. */
export const toCsv = (header: readonly string[], rows: readonly (readonly Cell[])[]): string =>
  CSV_BOM + [header.map((name) => csvCell(name)), ...rows.map((row) => row.map(csvCell))].map((cells) => cells.join(',') + CSV_LINE_END).join('')
