"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { CERTIFICATION_STATUS_LABELS } from "@/lib/domain/certification";
import type { FormState } from "@/lib/domain/form-state";
import { CertificationCreateSchema, CertificationEditSchema, StatusCorrectionSchema } from "@/lib/domain/registry";
import { adminFormAction } from "@/lib/server/admin/form-action";
import { db } from "@/lib/server/db";
import { correctCertificationStatus } from "@/lib/server/registry/correct-status";
import { createCertification, updateCertification } from "@/lib/server/registry/records";

export async function createCertificationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return adminFormAction(formData, {
    schema: CertificationCreateSchema,
    run: (data, admin) => createCertification(db, data, { kind: "PERSON", id: admin.id }),
    success: ({ id }) => {
      revalidatePath("/admin/registry");
      redirect(`/admin/registry/${id}?created=1`);
    },
  });
}

export async function updateCertificationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return adminFormAction(formData, {
    schema: CertificationEditSchema,
    run: (data, admin) => updateCertification(db, data, { kind: "PERSON", id: admin.id }),
    success: () => {
      revalidatePath("/admin/registry", "layout");
      return { status: "success", message: "The record was saved." };
    },
  });
}

export async function correctStatusAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return adminFormAction(formData, {
    schema: StatusCorrectionSchema,
    run: async (data, admin) => ({ ...(await correctCertificationStatus(db, data, { kind: "PERSON", id: admin.id })), requested: data.lifecycleStatus }),
    success: ({ status, disciplinaryOverride, requested }) => {
      revalidatePath("/admin/registry", "layout");
      const label = CERTIFICATION_STATUS_LABELS[requested];
      return {
        status: "success",
        message: disciplinaryOverride
          ? `The lifecycle status is now “${label}”, but the certification stays ${status === "REVOKED" ? "revoked" : "suspended"}: a sanction in force overrides it until the sanction ends.`
          : `The status is now “${label}”.`,
      };
    },
  });
}
