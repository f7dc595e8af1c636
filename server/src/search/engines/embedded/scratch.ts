// Typed arrays reused from query to query. A search runs synchronously from start to end, so one buffer per purpose
// is enough; reusing them keeps large per-query allocations (and the garbage collection they cause) out of the way.
type Typed = Int32Array | Uint32Array | Float64Array;
const buffers = new Map<string, Typed>();

function get<T extends Typed>(name: string, n: number, make: (size: number) => T): T {
  let a = buffers.get(name) as T | undefined;
  if (!a || a.length < n) {
    a = make(Math.max(n, 1024, Math.ceil((a?.length ?? 0) * 1.5)));
    buffers.set(name, a);
  }
  return a.subarray(0, n) as T;
}

export const int32 = (name: string, n: number) => get(name, n, (s) => new Int32Array(s));
export const uint32 = (name: string, n: number) => get(name, n, (s) => new Uint32Array(s));
export const float64 = (name: string, n: number) => get(name, n, (s) => new Float64Array(s));
