import "server-only";
import type { ProcedureRules } from "@/lib/workflow";
import { getProcedureRules } from "../admin/settings";
import type { DbOrTx } from "../db-factory";

/** The procedure rules in force (settings row, validated; defaults when none or invalid). */
export function loadProcedureRules(db: DbOrTx): Promise<ProcedureRules> {
  return getProcedureRules(db);
}
