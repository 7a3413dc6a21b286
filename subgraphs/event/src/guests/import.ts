import { ErrorCode, ZaffaError, parseInput, type Viewer } from '@zaffa/shared';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { CsvSyntaxError, parseCsv, unguardCell, type CsvRecord } from './csv.ts';
import { insertGuests } from './guests.ts';
import { newGuest, type NewGuest } from './inputs.ts';
import { eventOfOwner } from './owners.ts';
import type { RsvpStatus } from './rows.ts';

/** Bounds of one import: a wedding's list fits many times over, a runaway file does not. */
export const MAX_IMPORT_CHARS = 1024 * 1024;
export const MAX_IMPORT_ROWS = 3000;
/** Enough to fix a sheet by; past these the error says how many more there were. */
const MAX_REPORTED_ERRORS = 100;

/** The sheet's columns, as the export writes them; only `name` is required. */
export const guestCsvColumns = [
  'name',
  'party_size',
  'side',
  'tags',
  'phone',
  'email',
  'dietary_notes',
  'table',
  'rsvp',
  'attending',
] as const;
type Column = (typeof guestCsvColumns)[number];

export interface RowError {
  line: number;
  column: string | null;
  message: string;
}

const importInput = z.object({ eventId: z.string(), csv: z.string() });

const wholeNumber = (cell: string) => (/^\s*\d{1,6}\s*$/.test(cell) ? Number(cell) : Number.NaN);
const rsvpOf = (cell: string): RsvpStatus | null => {
  const value = cell.trim().toUpperCase();
  return value === '' ? 'PENDING' : ((['PENDING', 'ATTENDING', 'MAYBE', 'DECLINED'] as const).find((s) => s === value) ?? null);
};

const fieldColumn: Record<string, Column> = {
  name: 'name',
  partySize: 'party_size',
  side: 'side',
  tags: 'tags',
  phone: 'phone',
  email: 'email',
  dietaryNotes: 'dietary_notes',
  table: 'table',
};

/** One data row as a household, or the errors that name its bad cells. */
function readRow(record: CsvRecord, columns: Column[]): { guest: NewGuest } | { errors: RowError[] } {
  const errors: RowError[] = [];
  const fail = (column: string | null, message: string) => errors.push({ line: record.line, column, message });
  if (record.cells.length > columns.length) fail(null, `${record.cells.length} cells for ${columns.length} columns`);
  const cell = (column: Column) => {
    const index = columns.indexOf(column);
    return index === -1 ? '' : unguardCell(record.cells[index] ?? '').trim();
  };
  const partySize = cell('party_size') === '' ? 1 : wholeNumber(cell('party_size'));
  const parsed = newGuest.safeParse({
    name: cell('name'),
    partySize: Number.isNaN(partySize) ? -1 : partySize,
    side: cell('side') === '' ? 'BOTH' : cell('side').toUpperCase(),
    tags:
      cell('tags') === ''
        ? []
        : cell('tags')
            .split(';')
            .map((t) => t.trim())
            .filter(Boolean),
    phone: cell('phone'),
    email: cell('email'),
    dietaryNotes: cell('dietary_notes'),
    table: cell('table'),
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const column = fieldColumn[String(issue.path[0])] ?? null;
      fail(column, column === 'party_size' && Number.isNaN(partySize) ? 'a whole number from 1 to 50' : issue.message);
    }
  }
  const rsvp = rsvpOf(cell('rsvp'));
  if (!rsvp) fail('rsvp', 'PENDING, ATTENDING, MAYBE or DECLINED');
  let attending: number | null = null;
  if (cell('attending') !== '') {
    attending = wholeNumber(cell('attending'));
    if (Number.isNaN(attending)) fail('attending', 'a whole number');
    else if (rsvp !== 'ATTENDING' && rsvp !== 'MAYBE') fail('attending', 'only with rsvp ATTENDING or MAYBE');
    else if (parsed.success && (attending < 1 || attending > parsed.data.partySize)) fail('attending', 'from 1 to the party size');
  } else if (rsvp === 'ATTENDING' && parsed.success) {
    attending = parsed.data.partySize;
  }
  if (errors.length > 0 || !parsed.success) return { errors };
  return { guest: { ...parsed.data, rsvp: rsvp!, attending } };
}

/** The header's columns, or the errors naming the ones that are unknown, doubled or missing. */
function readHeader(header: CsvRecord | undefined): { columns: Column[] } | { errors: RowError[] } {
  if (!header)
    return { errors: [{ line: 1, column: null, message: 'the file is empty: a header row (name, party_size, side…) comes first' }] };
  const columns = header.cells.map((c) =>
    c
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, '_'),
  );
  const errors: RowError[] = [];
  columns.forEach((column, index) => {
    if (!guestCsvColumns.includes(column as Column))
      errors.push({
        line: header.line,
        column: header.cells[index]!,
        message: `unknown column; expected some of ${guestCsvColumns.join(', ')}`,
      });
    else if (columns.indexOf(column) !== index) errors.push({ line: header.line, column, message: 'this column appears twice' });
  });
  if (!columns.includes('name')) errors.push({ line: header.line, column: 'name', message: 'the name column is required' });
  return errors.length > 0 ? { errors } : { columns: columns as Column[] };
}

const badSheet = (errors: RowError[], rows: number) =>
  new ZaffaError(
    ErrorCode.BAD_USER_INPUT,
    `The sheet has ${errors.length} error${errors.length === 1 ? '' : 's'} (first: line ${errors[0]!.line}${errors[0]!.column ? `, column ${errors[0]!.column}` : ''}: ${errors[0]!.message}); nothing was imported`,
    { field: 'csv', rows, errors: errors.slice(0, MAX_REPORTED_ERRORS), errorCount: errors.length },
  );

/** Every row of the sheet becomes a household of the event, or none does: a bad row, and nothing is written. */
export async function importGuests(db: DataSource, viewer: Viewer | null, raw: unknown): Promise<{ imported: number; eventId: string }> {
  const input = parseInput(importInput, raw);
  const event = await eventOfOwner(db, viewer, input.eventId);
  if (input.csv.length > MAX_IMPORT_CHARS) {
    throw new ZaffaError(ErrorCode.PAYLOAD_TOO_LARGE, `A sheet is at most ${MAX_IMPORT_CHARS} characters; split it`, { field: 'csv' });
  }
  let records: CsvRecord[];
  try {
    records = parseCsv(input.csv);
  } catch (err) {
    if (!(err instanceof CsvSyntaxError)) throw err;
    throw badSheet([{ line: err.line, column: null, message: err.message }], 0);
  }
  const [header, ...data] = records;
  if (data.length > MAX_IMPORT_ROWS) {
    throw new ZaffaError(ErrorCode.PAYLOAD_TOO_LARGE, `A sheet holds at most ${MAX_IMPORT_ROWS} households; it has ${data.length}`, {
      field: 'csv',
    });
  }
  const head = readHeader(header);
  if ('errors' in head) throw badSheet(head.errors, data.length);
  if (data.length === 0) throw badSheet([{ line: (header?.line ?? 0) + 1, column: null, message: 'no households under the header' }], 0);
  const guests: NewGuest[] = [];
  const errors: RowError[] = [];
  for (const record of data) {
    const row = readRow(record, head.columns);
    if ('errors' in row) errors.push(...row.errors);
    else guests.push(row.guest);
  }
  if (errors.length > 0) throw badSheet(errors, data.length);
  const inserted = await db.transaction((m) => insertGuests(m, event.id, guests));
  return { imported: inserted.length, eventId: event.id };
}
