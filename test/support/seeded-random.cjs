// mulberry32: a small seeded generator, so a shuffled file order (sequencer.cjs) or a fuzz run (fuzz.e2e-spec.ts)
// can be repeated exactly from its seed. Returns numbers in [0, 1).
function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
module.exports = { seededRandom };
