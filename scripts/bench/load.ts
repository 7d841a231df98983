import autocannon from "autocannon";

/** What one load run measured: throughput, exact latency percentiles (from every response) and errors. */
export interface LoadFigures {
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  non2xx: number;
  errors: number;
  /** Responses by HTTP status. */
  statuses: Record<number, number>;
}

export interface LoadOptions {
  url: string;
  connections: number;
  seconds: number;
  /** Stop after this many requests instead of after `seconds` (each prepared request used once). */
  amount?: number;
  /** Per-request setup: e.g. a different path or client address each time. */
  setupRequest?: (request: { path?: string; headers?: Record<string, string> }) => { path?: string; headers?: Record<string, string>; body?: Buffer | string };
  method?: "GET" | "POST";
  body?: Buffer | string;
  headers?: Record<string, string>;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

/**
 * Drives `url` with autocannon (from this process, the server runs in another) and keeps every
 * response time: autocannon reports p97.5 and p99, the targets are p95.
 */
export async function load(options: LoadOptions): Promise<LoadFigures> {
  const times: number[] = [];
  const statuses: Record<number, number> = {};
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        ...(options.amount !== undefined ? { amount: options.amount } : { duration: options.seconds }),
        method: options.method ?? "GET",
        ...(options.body !== undefined && { body: options.body }),
        ...(options.headers && { headers: options.headers }),
        ...(options.setupRequest && { requests: [{ setupRequest: options.setupRequest as never }] }),
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on("response", (_client, status, _bytes, responseTime) => {
      times.push(responseTime);
      statuses[status] = (statuses[status] ?? 0) + 1;
    });
  });
  times.sort((a, b) => a - b);
  const elapsed = options.amount !== undefined ? (new Date(result.finish).getTime() - new Date(result.start).getTime()) / 1000 : options.seconds;
  return {
    requests: times.length,
    perSecond: times.length / elapsed,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    statuses,
  };
}
