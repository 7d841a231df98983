import { reportCsvRows, toCsv } from "@/lib/domain/committee/reports";
import { currentUser } from "@/lib/server/authz";
import { db } from "@/lib/server/db";
import { REPORT_ROLES } from "@/lib/server/committee/reports/access";
import { loadReports } from "@/lib/server/committee/reports/load";
import { hasAnyRole } from "@/lib/domain/roles";
import { logger } from "@/lib/server/logger";

/** GET /committee/reports/export: the report figures as CSV, exactly the rows the charts draw. */
export async function GET(): Promise<Response> {
  const user = await currentUser();
  if (!user || !hasAnyRole(user.roles, REPORT_ROLES)) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" } });
  try {
    const now = new Date();
    const csv = toCsv(reportCsvRows(await loadReports(db, now)));
    return new Response(csv, {
      status: 200,
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="docket-reports-${now.toISOString().slice(0, 10)}.csv"`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    logger.error({ err: error }, "report export failed");
    return new Response("The report could not be produced. Try again later.", { status: 503, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
}
