/**
 * GET /api/bench/static: the benchmark's floor for JSON routes (scenario E's baseline): a bare
 * route handler returning a fixed body, so the figure for the verification API is read against
 * what Next itself costs on the same server in the same run. Exists only when the server was
 * started with DOCKET_BENCH=1 (`npm run bench` does); otherwise a 404 like any unknown path.
 */
const BODY = { number: "00000000", name: "Static Baseline", status: "ACTIVE", validThrough: "2030-12-31", onProbation: false, publicSanctions: [] };

export function GET(): Response {
  if (process.env.DOCKET_BENCH !== "1") return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return Response.json(BODY, { headers: { "Cache-Control": "no-store" } });
}
