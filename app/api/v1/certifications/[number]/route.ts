import { randomUUID } from "node:crypto";
import { CCM_NUMBER_PATTERN } from "@/lib/domain/registry";
import { db } from "@/lib/server/db";
import { logger } from "@/lib/server/logger";
import { clientAddressFrom } from "@/lib/server/request-info";
import { getPublicCertification } from "@/lib/server/verification/lookup";
import { throttleVerification } from "@/lib/server/verification/throttle";

// Public, read-only and rate-limited: any site may call it (documented in README, "Verification API").
const HEADERS = { "Cache-Control": "no-store", "Access-Control-Allow-Origin": "*" };

export async function GET(request: Request, { params }: { params: Promise<{ number: string }> }): Promise<Response> {
  try {
    const verdict = await throttleVerification("api", clientAddressFrom(request.headers));
    if (!verdict.allowed) {
      return Response.json(
        { error: "rate_limited", message: `Too many requests. Retry after ${verdict.retryAfterSeconds} seconds.` },
        { status: 429, headers: { ...HEADERS, "Retry-After": String(verdict.retryAfterSeconds) } },
      );
    }
    const number = (await params).number.trim().toUpperCase();
    if (!CCM_NUMBER_PATTERN.test(number)) {
      return Response.json({ error: "invalid_number", message: "A CCM number has 3 to 32 letters, digits or hyphens." }, { status: 400, headers: HEADERS });
    }
    const record = await getPublicCertification(db, number);
    if (!record) return Response.json({ error: "not_found", message: `No certification has the number ${number}.` }, { status: 404, headers: HEADERS });
    return Response.json(record, { headers: HEADERS });
  } catch (error) {
    const reference = randomUUID().slice(0, 8);
    logger.error({ err: error, reference }, "verification API failed");
    return Response.json({ error: "internal", message: "Something went wrong.", reference }, { status: 500, headers: HEADERS });
  }
}
