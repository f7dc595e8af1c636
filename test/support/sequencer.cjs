// The order test files start in. By default jest's own (slowest known first, which keeps both workers busy).
// TEST_ORDER=reverse runs them in the reverse of that order, TEST_ORDER=shuffle:SEED in a shuffled order that
// SEED repeats, to prove that no file depends on another having run first. The order is printed.
const Sequencer = require('@jest/test-sequencer').default;
const { seededRandom } = require('./seeded-random.cjs');

function shuffled(list, seed) {
  const next = seededRandom(seed);
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

class OrderedSequencer extends Sequencer {
  sort(tests) {
    const base = super.sort(tests);
    const order = process.env.TEST_ORDER ?? '';
    let result = base;
    if (order === 'reverse') result = [...base].reverse();
    else if (order.startsWith('shuffle:')) result = shuffled(base, Number(order.slice('shuffle:'.length)) || 1);
    else if (order) throw new Error(`TEST_ORDER must be reverse or shuffle:SEED, not ${order}`);
    if (order) console.log(`\nTEST_ORDER=${order}: ${result.map((t) => t.path.split('/').pop()).join(', ')}`);
    return result;
  }
}

module.exports = OrderedSequencer;
