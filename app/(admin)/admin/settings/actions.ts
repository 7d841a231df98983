"use server";

import { revalidatePath } from "next/cache";
import { ProcedureSettingsSchema, settingsFieldErrors, settingsInputFromForm } from "@/lib/domain/admin/settings";
import { formValues, type FormState } from "@/lib/domain/form-state";
import { failure } from "@/lib/server/admin/form-action";
import { readSettings, saveSettings } from "@/lib/server/admin/settings";
import { requireActionRole } from "@/lib/server/authz";
import { db } from "@/lib/server/db";

/** Typed values to refill the form, with unticked boxes kept unticked. */
function typedValues(formData: FormData): Record<string, string> {
  return {
    ...formValues(formData, ["version"]),
    rollForwardOffNonBusinessDays: formData.get("rollForwardOffNonBusinessDays") === "on" ? "on" : "",
    "filing.exemptRuleIds": formData.getAll("filing.exemptRuleIds").join("\n"),
    "sanctions.stayExceptRuleIds": formData.getAll("sanctions.stayExceptRuleIds").join("\n"),
  };
}

export async function saveSettingsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = typedValues(formData);
  try {
    const admin = await requireActionRole(["ADMIN"]);
    const version = Number(formData.get("version"));
    if (!Number.isInteger(version) || version < 0) return { status: "error", message: "Reload the page and try again.", values };
    const current = await readSettings(db);
    const input = settingsInputFromForm(formData, current.stored);
    const parsed = ProcedureSettingsSchema.safeParse(input);
    if (!parsed.success) {
      return { status: "error", message: "Check the highlighted settings. Nothing was saved.", fieldErrors: settingsFieldErrors(parsed.error, input), values };
    }
    const { changes } = await saveSettings(db, parsed.data, version, { kind: "PERSON", id: admin.id });
    revalidatePath("/admin/settings");
    return {
      status: "success",
      message:
        changes.length === 0
          ? "Nothing changed: the settings are as they were."
          : `Saved ${changes.length} ${changes.length === 1 ? "change" : "changes"}. They apply to deadlines opened from now on.`,
    };
  } catch (error) {
    return failure(error, values);
  }
}
