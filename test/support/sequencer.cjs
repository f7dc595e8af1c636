// The order test files start in. By default jest's own (slowest known first, which keeps both workers busy).
// TEST_ORDER=reverse runs them in the reverse of that order, TEST_ORDER=shuffle:SEED in a shuffled order that
// SEED repeats, to prove that no file depends on another having run first. The order is printed.
const Sequencer = require('@jest/test-sequencer').default;

function shuffled(list, seed) {
  // mulberry32: a small seeded generator, so a failing order can be run again
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
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
