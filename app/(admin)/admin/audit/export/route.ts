import { AuditSearchSchema } from "@/lib/domain/admin/audit";
import { auditCsvChunks } from "@/lib/server/admin/audit-search";
import { currentUser } from "@/lib/server/authz";
import { db } from "@/lib/server/db";
import { csvStream } from "@/lib/server/registry/export";

/** The audit events matching the page's filters as CSV. Administrators only: anyone else gets a 404. */
export async function GET(request: Request): Promise<Response> {
  const user = await currentUser();
  if (!user?.roles.includes("ADMIN")) return new Response("Not found", { status: 404 });
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = AuditSearchSchema.safeParse(params);
  if (!parsed.success) {
    return Response.json({ error: "invalid_filters", issues: parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`) }, { status: 400 });
  }
  const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, "-");
  return new Response(csvStream(auditCsvChunks(db, parsed.data)), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="audit-${stamp}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
