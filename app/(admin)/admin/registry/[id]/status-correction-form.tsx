"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextAreaField } from "@/components/ui/field";
import { formView } from "@/components/ui/form-view";
import { NoticeBanner } from "@/components/ui/notice-banner";
import { SelectField } from "@/components/ui/select-field";
import { CERTIFICATION_STATUS_LABELS, LIFECYCLE_STATUSES } from "@/lib/domain/certification";
import { IDLE, type FormState } from "@/lib/domain/form-state";
import { correctStatusAction } from "../actions";

export function StatusCorrectionForm({ certificationId, version, lifecycleStatus }: { certificationId: string; version: number; lifecycleStatus: string }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(correctStatusAction, IDLE);
  const view = formView(state, { lifecycleStatus, reason: "" });
  return (
    <>
      {state.status === "error" ? <ErrorSummary id="status-errors" message={state.message} errors={view.errors} /> : null}
      {state.status === "success" ? <NoticeBanner title={state.message ?? "Corrected"} /> : null}
      <form action={formAction} className="space-y-4" noValidate key={`${version}-${view.key}`}>
        <input type="hidden" name="certificationId" value={certificationId} />
        <input type="hidden" name="version" value={version} />
        <SelectField
          name="lifecycleStatus"
          label="Lifecycle status"
          options={LIFECYCLE_STATUSES.map((status) => ({ value: status, label: CERTIFICATION_STATUS_LABELS[status] }))}
          defaultValue={view.value("lifecycleStatus")}
          error={view.fieldError("lifecycleStatus")}
        />
        <TextAreaField
          name="reason"
          label="Reason for the correction"
          hint="Recorded in the audit log, e.g. “Renewal received 3 March, entered late”."
          defaultValue={view.value("reason")}
          error={view.fieldError("reason")}
        />
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? "Correcting…" : "Correct the status"}
        </Button>
      </form>
    </>
  );
}
