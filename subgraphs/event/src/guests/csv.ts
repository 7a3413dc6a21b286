/**
 * The guest list's CSV (RFC 4180: commas, double quotes, CRLF or LF), read with the line each record starts on so
 * an error can name it, and written so a spreadsheet opens it as UTF-8 and never runs a cell as a formula.
 */

export interface CsvRecord {
  /** 1-based line of the file where the record starts (quoted fields may span lines). */
  line: number;
  cells: string[];
}

export class CsvSyntaxError extends Error {
  readonly line: number;
  constructor(line: number, message: string) {
    super(message);
    this.line = line;
  }
}

export function parseCsv(text: string): CsvRecord[] {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let start = 1;
  let quoted = false;
  let i = 0;
  const endRecord = () => {
    cells.push(cell);
    // Blank lines (a trailing newline, an empty row between blocks) are not records.
    if (cells.length > 1 || cells[0] !== '') records.push({ line: start, cells });
    cells = [];
    cell = '';
  };
  while (i < source.length) {
    const c = source[i]!;
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (c === '"') {
        quoted = false;
        i++;
        const next = source[i];
        if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
          throw new CsvSyntaxError(line, 'a closing quote must end its cell');
        }
        continue;
      }
      if (c === '\n') line++;
      cell += c;
      i++;
      continue;
    }
    if (c === '"' && cell === '') {
      quoted = true;
      i++;
    } else if (c === ',') {
      cells.push(cell);
      cell = '';
      i++;
    } else if (c === '\r' || c === '\n') {
      endRecord();
      i += c === '\r' && source[i + 1] === '\n' ? 2 : 1;
      line++;
      start = line;
    } else {
      cell += c;
      i++;
    }
  }
  if (quoted) throw new CsvSyntaxError(start, 'a quoted cell is never closed');
  if (cell !== '' || cells.length > 0) endRecord();
  return records;
}

/** Cells a spreadsheet would run as a formula get a leading apostrophe, which `unguardCell` takes off on import. */
const formulaStart = /^[=+\-@\t\r]/;
export const guardCell = (value: string) => (formulaStart.test(value) ? `'${value}` : value);
export const unguardCell = (value: string) => (value.startsWith("'") && formulaStart.test(value.slice(1)) ? value.slice(1) : value);

const quoteCell = (value: string) => (/[",\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/** A CSV file: a byte-order mark (so spreadsheets read Arabic and accents right), then CRLF-ended rows. */
export function formatCsv(rows: string[][]): string {
  return '\uFEFF' + rows.map((row) => row.map((v) => quoteCell(guardCell(v))).join(',') + '\r\n').join('');
}
