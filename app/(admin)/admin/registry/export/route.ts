import { currentUser } from "@/lib/server/authz";
import { db } from "@/lib/server/db";
import { csvStream, registryCsvChunks } from "@/lib/server/registry/export";

/** The whole registry as CSV, for administrators only (others get a 404, signed-out visitors too). */
export async function GET(): Promise<Response> {
  const user = await currentUser();
  if (!user?.roles.includes("ADMIN")) return new Response("Not found", { status: 404 });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(csvStream(registryCsvChunks(db)), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="ccm-registry-${day}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
