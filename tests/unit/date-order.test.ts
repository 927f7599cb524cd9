import assert from 'node:assert/strict';
import { test } from 'node:test';
import { byDate } from '../../src/lib/records/date-order.ts';

const sorted = (order: 'oldest-first' | 'newest-first', dates: (string | undefined)[]) => [...dates].sort(byDate(order));

test('dates of one precision sort by time, undated last in both orders', () => {
  assert.deepEqual(sorted('oldest-first', ['2025-06-01', undefined, '2024-12-31', '2025-05-24']), ['2024-12-31', '2025-05-24', '2025-06-01', undefined]);
  assert.deepEqual(sorted('newest-first', ['2025-06-01', undefined, '2024-12-31', '2025-05-24']), ['2025-06-01', '2025-05-24', '2024-12-31', undefined]);
});

test('a period that holds another date comes after it in both orders: the year is not known to be earlier than its May', () => {
  assert.deepEqual(sorted('oldest-first', ['2026', '2026-05', '2026-05-14']), ['2026-05-14', '2026-05', '2026']);
  assert.deepEqual(sorted('newest-first', ['2026', '2026-05-14', '2026-05']), ['2026-05-14', '2026-05', '2026']);
});

test('periods apart from each other keep their time order, whatever their precision', () => {
  assert.deepEqual(sorted('oldest-first', ['2026-01-03', '2025', '2025-12', '2026-02']), ['2025-12', '2025', '2026-01-03', '2026-02']);
  assert.deepEqual(sorted('newest-first', ['2025', '2026-01-03', '2024-11']), ['2026-01-03', '2025', '2024-11']);
});
