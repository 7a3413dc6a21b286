import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CsvSyntaxError, formatCsv, parseCsv } from './csv.ts';

describe('guest list CSV', () => {
  it('reads quotes, doubled quotes, commas and line breaks inside cells, with the line each record starts on', () => {
    const text = '\uFEFFname,notes\r\n"Famille ""Kaci"", Béjaïa","une\nligne de plus"\n\nعائلة,\n';
    assert.deepEqual(parseCsv(text), [
      { line: 1, cells: ['name', 'notes'] },
      { line: 2, cells: ['Famille "Kaci", Béjaïa', 'une\nligne de plus'] },
      { line: 5, cells: ['عائلة', ''] },
    ]);
  });

  it('names the line of a quote left open or closed in mid-cell', () => {
    assert.throws(
      () => parseCsv('name\n"open\nstill'),
      (err: unknown) => err instanceof CsvSyntaxError && err.line === 2,
    );
    assert.throws(
      () => parseCsv('name\n"a"b\n'),
      (err: unknown) => err instanceof CsvSyntaxError && err.line === 2,
    );
  });

  it('writes what it reads back unchanged, formulas defused with an apostrophe', () => {
    const rows = [
      ['name', 'phone', 'notes'],
      ['=1+1', '+213 555 00 11 22', ' spaced, "quoted"\nand broken '],
    ];
    const text = formatCsv(rows);
    assert.ok(text.includes("'=1+1,'+213 555 00 11 22,"));
    assert.deepEqual(
      parseCsv(text).map((r) => r.cells),
      [rows[0], ["'=1+1", "'+213 555 00 11 22", ' spaced, "quoted"\nand broken ']],
    );
  });
});
