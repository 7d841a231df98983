"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { formView } from "@/components/ui/form-view";
import { NoticeBanner } from "@/components/ui/notice-banner";
import { SelectField } from "@/components/ui/select-field";
import { CERTIFICATION_STATUS_LABELS, LIFECYCLE_STATUSES } from "@/lib/domain/certification";
import { IDLE, type FormState } from "@/lib/domain/form-state";
import { createCertificationAction, updateCertificationAction } from "./actions";

type Props = { mode: "create" } | { mode: "edit"; certificationId: string; version: number; defaults: Record<string, string> };

const PERSON_FIELDS = [
  { name: "firstName", label: "First name", autoComplete: "off" },
  { name: "lastName", label: "Last name", autoComplete: "off" },
  { name: "email", label: "Email address (optional)", type: "email" },
  { name: "phone", label: "Phone (optional)", type: "tel" },
  { name: "employer", label: "Employer (optional)" },
  { name: "city", label: "City (optional)" },
  { name: "region", label: "State or region (optional)" },
] as const;

export function CertificationForm(props: Props) {
  const action = props.mode === "create" ? createCertificationAction : updateCertificationAction;
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, IDLE);
  const view = formView(state, props.mode === "edit" ? props.defaults : { lifecycleStatus: "ACTIVE" });
  return (
    <>
      {state.status === "error" ? <ErrorSummary message={state.message} errors={view.errors} /> : null}
      {state.status === "success" ? <NoticeBanner title={state.message ?? "Saved"} /> : null}
      <form action={formAction} className="space-y-6" noValidate key={`${props.mode === "edit" ? props.version : "new"}-${view.key}`}>
        {props.mode === "edit" ? (
          <>
            <input type="hidden" name="certificationId" value={props.certificationId} />
            <input type="hidden" name="version" value={props.version} />
          </>
        ) : null}
        <fieldset className="space-y-4">
          <legend className="text-xl font-semibold">Certificant</legend>
          {PERSON_FIELDS.map((field) => (
            <TextField
              key={field.name}
              name={field.name}
              label={field.label}
              type={"type" in field ? field.type : "text"}
              defaultValue={view.value(field.name)}
              error={view.fieldError(field.name)}
            />
          ))}
        </fieldset>
        <fieldset className="space-y-4">
          <legend className="text-xl font-semibold">Certification</legend>
          <TextField name="number" label="CCM number" hint="Letters, digits and hyphens, e.g. CCM-104233." spellCheck={false} defaultValue={view.value("number")} error={view.fieldError("number")} />
          <TextField name="issuedAt" label="Issued on" type="date" hint="For example 2024-01-31." defaultValue={view.value("issuedAt")} error={view.fieldError("issuedAt")} />
          <TextField name="validThrough" label="Valid through" type="date" hint="The date printed on the certificate." defaultValue={view.value("validThrough")} error={view.fieldError("validThrough")} />
          {props.mode === "create" ? (
            <SelectField
              name="lifecycleStatus"
              label="Status"
              hint="Suspension and revocation come only from a final decision of the Committee."
              options={LIFECYCLE_STATUSES.map((status) => ({ value: status, label: CERTIFICATION_STATUS_LABELS[status] }))}
              defaultValue={view.value("lifecycleStatus")}
              error={view.fieldError("lifecycleStatus")}
            />
          ) : null}
        </fieldset>
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : props.mode === "create" ? "Add to the registry" : "Save changes"}
        </Button>
      </form>
    </>
  );
}
