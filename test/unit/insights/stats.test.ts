/** Median and nearest-rank 90th percentile, on values worked out by hand. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { median, percentile, statOf } from '../../../server/src/insights';

test('median: the middle value, or the mean of the two middle values', () => {
  assert.equal(median([]), null);
  assert.equal(median([7]), 7);
  assert.equal(median([1, 3, 10]), 3);
  assert.equal(median([1, 3, 10, 20]), 6.5);
});

test('90th percentile by nearest rank: the value at rank ceil(0.9 n)', () => {
  assert.equal(percentile([], 90), null);
  assert.equal(percentile([5], 90), 5);
  // n = 5: rank 5. n = 10: rank 9. n = 11: rank 10.
  assert.equal(percentile([20, 30, 60, 90, 120], 90), 120);
  assert.equal(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90), 9);
  assert.equal(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 90), 10);
});

test('statOf sorts, counts, and says when there are too few for a trend', () => {
  assert.deepEqual(statOf([120, 20, 90, 30, 60]), { n: 5, median: 60, p90: 120, tooFew: false });
  assert.deepEqual(statOf([4, 2, 9, 1]), { n: 4, median: 3, p90: 9, tooFew: true });
  assert.deepEqual(statOf([]), { n: 0, median: null, p90: null, tooFew: true });
});
