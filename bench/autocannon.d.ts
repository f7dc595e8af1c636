// The part of autocannon's API the API benchmark uses (the package ships no types).
declare module 'autocannon' {
  interface Histogram { average: number; mean: number; stddev: number; min: number; max: number; p50: number; p90: number; p97_5: number; p99: number }
  interface Result {
    latency: Histogram; requests: Histogram & { total: number }; errors: number; timeouts: number; non2xx: number; duration: number;
  }
  interface Options {
    url: string; method?: string; headers?: Record<string, string>; body?: string; connections?: number; duration?: number;
    pipelining?: number;
    requests?: Array<{ method?: string; path?: string; headers?: Record<string, string>; body?: string; setupRequest?: (req: { body?: string }) => { body?: string } }>;
  }
  function autocannon(options: Options): Promise<Result>;
  export default autocannon;
}
