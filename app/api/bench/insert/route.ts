import { db } from "@/lib/server/db";

/** The scratch table scenario A (scripts/bench/scenarios/intake.ts) creates for this route and drops after. */
const BENCH_INSERT_TABLE = "bench_insert";

/**
 * POST /api/bench/insert: scenario A's floor (issue 9): a bare route handler that reads the posted
 * form, as the intake submission does, and does one INSERT, so the submission's throughput is read
 * against what Next and one database write cost on the same server in the same run. Exists only
 * when the server was started with DOCKET_BENCH=1; otherwise a 404 like any unknown path.
 */
export async function POST(request: Request): Promise<Response> {
  if (process.env.DOCKET_BENCH !== "1") return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const form = await request.formData();
  const key = String(form.get("idempotencyKey") ?? "");
  await db.$executeRawUnsafe(`INSERT INTO "${BENCH_INSERT_TABLE}" (key) VALUES ($1)`, key);
  return Response.json({ ok: true }, { headers: { "Cache-Control": "no-store" } });
}
