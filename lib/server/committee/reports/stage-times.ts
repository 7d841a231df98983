import "server-only";
import { STATE_INFO, type CaseState } from "@/lib/workflow";
import type { DbOrTx } from "../../db";

export interface StageTime {
  state: CaseState;
  waitingOn: string;
  stays: number;
  medianDays: number;
}

const WAITING_FOR_INFO: Record<string, string> = { COMPLAINANT: "COMPLAINANT", CCM: "CCM", THIRD_PARTY: "COMMITTEE" };

/**
 * Median days a case spent in each stage, from the audit trail: each state change opens a stay
 * that the next state change closes (self-loops such as a granted extension do not). Only
 * completed stays count. Who was waiting is the stage's STATE_INFO.waitingOn, except for
 * "waiting for more information", which waits on whoever was asked (the REQUEST_INFO event's `from`).
 */
export async function loadStageTimes(db: DbOrTx): Promise<StageTime[]> {
  const rows = await db.$queryRaw<{ state: CaseState; info_from: string | null; stays: bigint; median_days: number }[]>`
    WITH changes AS (
      SELECT "stream", "seq", "at", "toState", "type", "payload"
      FROM "AuditEvent"
      WHERE "complaintId" IS NOT NULL AND "toState" IS NOT NULL AND ("fromState" IS NULL OR "fromState" <> "toState")
    ), stays AS (
      SELECT "toState" AS state,
             CASE WHEN "type" = 'REQUEST_INFO' THEN "payload"->'event'->>'from' END AS info_from,
             EXTRACT(EPOCH FROM (LEAD("at") OVER (PARTITION BY "stream" ORDER BY "seq") - "at")) / 86400.0 AS days
      FROM changes
    )
    SELECT state, info_from, COUNT(*) AS stays, percentile_cont(0.5) WITHIN GROUP (ORDER BY days) AS median_days
    FROM stays WHERE days IS NOT NULL
    GROUP BY state, info_from`;
  // (state, info_from) is (state, who was waiting): info_from is set only on entering AWAITING_INFO.
  return rows.map((row) => ({
    state: row.state,
    waitingOn: row.state === "AWAITING_INFO" ? (WAITING_FOR_INFO[row.info_from ?? ""] ?? "NONE") : STATE_INFO[row.state].waitingOn,
    stays: Number(row.stays),
    medianDays: Math.round(Number(row.median_days) * 10) / 10,
  }));
}
