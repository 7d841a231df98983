"use server";

import type { FormState } from "@/lib/domain/form-state";
import { RepresentativeFormSchema, RevokeRepresentativeFormSchema } from "@/lib/domain/portal/forms";
import { casePath } from "@/lib/domain/portal/pages";
import { portalFormAction } from "@/lib/server/portal/form-action";
import { designateRepresentative, revokeRepresentative } from "@/lib/server/portal/representatives";

export async function designateRepresentativeAction(_: FormState, formData: FormData): Promise<FormState> {
  return portalFormAction(formData, {
    schema: RepresentativeFormSchema,
    run: async (data, { actor }) => {
      await designateRepresentative({ actor, caseId: data.caseId, expectedVersion: data.expectedVersion, name: data.name, email: data.email });
      return `${casePath(data.caseId, "representatives")}?done=representative`;
    },
  });
}

export async function revokeRepresentativeAction(_: FormState, formData: FormData): Promise<FormState> {
  return portalFormAction(formData, {
    schema: RevokeRepresentativeFormSchema,
    run: async (data, { actor }) => {
      await revokeRepresentative({ actor, caseId: data.caseId, expectedVersion: data.expectedVersion, representativeId: data.representativeId });
      return `${casePath(data.caseId, "representatives")}?done=representative-removed`;
    },
  });
}
