import assert from 'node:assert/strict';
import { test } from 'node:test';
import { csvCell, toCsv } from '../../src/lib/outputs/csv.ts';

test('plain cells are written as they are', () => {
  assert.equal(csvCell('o3'), 'o3');
  assert.equal(csvCell(79), '79');
  assert.equal(csvCell(true), 'true');
  assert.equal(csvCell(undefined), '');
  assert.equal(csvCell(null), '');
});

test('cells with commas, quotes or line breaks are quoted, with quotes doubled (RFC 4180)', () => {
  assert.equal(csvCell('79, then 7'), '"79, then 7"');
  assert.equal(csvCell('the "kill-switch"'), '"the ""kill-switch"""');
  assert.equal(csvCell('line one\nline two'), '"line one\nline two"');
});

test('lists are joined with "; "', () => {
  assert.equal(csvCell(['o3', 'codex-mini']), 'o3; codex-mini');
  assert.equal(csvCell([]), '');
});

test('text that a spreadsheet would run as a formula gets a leading single quote', () => {
  for (const hostile of ['=HYPERLINK("https://evil.example")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd']) {
    assert.ok(csvCell(hostile).replace(/^"/, '').startsWith("'"), hostile);
  }
  assert.equal(csvCell('=1+1'), "'=1+1");
  assert.equal(csvCell(['=cmd', 'safe']), "'=cmd; safe");
});

test('negative numbers stay numbers', () => {
  assert.equal(csvCell(-3), '-3');
});

test('a table has a header row and CRLF line ends, one line per row', () => {
  const csv = toCsv(['id', 'note'], [{ id: 'a', note: 'x, y' }, { id: 'b', note: undefined }]);
  assert.equal(csv, 'id,note\r\na,"x, y"\r\nb,\r\n');
});
