"use server";

import { revalidatePath } from "next/cache";
import { LegalHoldSchema, RunPurgeSchema } from "@/lib/domain/admin/retention";
import type { FormState } from "@/lib/domain/form-state";
import { adminFormAction } from "@/lib/server/admin/form-action";
import { getProcedureRules } from "@/lib/server/admin/settings";
import { db } from "@/lib/server/db";
import { setLegalHold } from "@/lib/server/retention/legal-hold";
import { runRetentionPurge } from "@/lib/server/retention/purge";

export async function legalHoldAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return adminFormAction(formData, {
    schema: LegalHoldSchema,
    run: async (data, admin) => ({
      ...(await setLegalHold(db, { reference: data.reference, hold: data.hold === "on", reason: data.reason }, { kind: "PERSON", id: admin.id })),
      data,
    }),
    success: ({ changed, data }) => {
      revalidatePath("/admin/retention");
      const verb = data.hold === "on" ? "is now on legal hold" : "is no longer on legal hold";
      return { status: "success", message: changed ? `${data.reference} ${verb}.` : `No change: ${data.reference} already ${data.hold === "on" ? "is on hold" : "is not on hold"}.` };
    },
  });
}

export async function runPurgeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return adminFormAction(formData, {
    schema: RunPurgeSchema,
    run: async (_data, admin) => runRetentionPurge(db, await getProcedureRules(db), { kind: "PERSON", id: admin.id }),
    success: (result) => {
      revalidatePath("/admin/retention");
      const purged = result.purged.length;
      return {
        status: "success",
        message: `Purge complete: personal data removed from ${purged} ${purged === 1 ? "case" : "cases"}${purged ? ` (${result.purged.join(", ")})` : ""}; ${result.held.length} on legal hold kept.`,
      };
    },
  });
}
