import { TextAreaField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { Checkboxes } from "@/components/ui/checkboxes";
import { Radios } from "@/components/ui/radios";
import { ProvisionsField } from "../fields/provisions-field";
import { DISMISSAL_REASON_INFO, dismissalReasonsFor } from "@/lib/domain/reason-codes";
import type { FieldsProps } from "./types";

/** Intake and preliminary review (DOMAIN §3 #2–#9). */

export function NoFields() {
  return null;
}

export function MissingItemsFields({ view }: FieldsProps) {
  return (
    <TextAreaField
      name="items"
      label="What is missing"
      hint="One item per line. The complainant sees this list and the deadline on the status page."
      defaultValue={view.value("items")}
      error={view.fieldError("items")}
    />
  );
}

export function NoteFields({ view }: FieldsProps) {
  return <TextAreaField name="note" label="Note (optional)" hint="What arrived and how, for the record." defaultValue={view.value("note")} error={view.fieldError("note")} />;
}

export function AcceptForReviewFields({ view, ctx }: FieldsProps) {
  return (
    <div className="space-y-6">
      {ctx.registryCandidates.length === 0 ? (
        <p>No registry record matches “{ctx.respondentQuery}”. Search the registry above with another name or number.</p>
      ) : (
        <Radios
          name="certificationId"
          legend="The case manager complained about"
          hint={`Registry records matching “${ctx.respondentQuery}”.`}
          options={ctx.registryCandidates.map((candidate) => ({
            value: candidate.certificationId,
            label: `${candidate.name} (${candidate.number})`,
            hint: `Status: ${candidate.status.replaceAll("_", " ").toLowerCase()}`,
          }))}
          defaultValue={view.value("certificationId")}
          error={view.fieldError("certificationId")}
        />
      )}
      <Checkboxes
        name="chairConflictChecked"
        legend="Conflict check"
        options={[{ value: "on", label: "I have checked that the Chair has no conflict with the parties (or has declared it)" }]}
        defaultValues={view.value("chairConflictChecked") ? ["on"] : []}
        error={view.fieldError("chairConflictChecked")}
      />
    </div>
  );
}

export function ReasonsFields({ view }: FieldsProps) {
  return <TextAreaField name="reasons" label="Reasons" defaultValue={view.value("reasons")} error={view.fieldError("reasons")} />;
}

export function OptionalReasonsFields({ view }: FieldsProps) {
  return <TextAreaField name="reasons" label="Reasons (optional)" defaultValue={view.value("reasons")} error={view.fieldError("reasons")} />;
}

export function DismissFields({ view, ctx }: FieldsProps) {
  const reasons = dismissalReasonsFor("PRELIMINARY").filter((code) => code !== "UNTIMELY" || ctx.lateFiling);
  return (
    <div className="space-y-6">
      <Radios
        name="reasonCode"
        legend="Reason for dismissal"
        options={reasons.map((code) => ({ value: code, label: DISMISSAL_REASON_INFO[code].label, hint: DISMISSAL_REASON_INFO[code].plainLanguage }))}
        defaultValue={view.value("reasonCode")}
        error={view.fieldError("reasonCode")}
      />
      <TextAreaField name="reasons" label="Reasons" hint="Sent to the complainant in the decision letter." defaultValue={view.value("reasons")} error={view.fieldError("reasons")} />
    </div>
  );
}

const PROCEEDING_KINDS = [
  { value: "LICENSING_BOARD", label: "Licensing board" },
  { value: "COURT", label: "Court" },
  { value: "POLICE", label: "Police" },
  { value: "EMPLOYER_GRIEVANCE", label: "Employer grievance" },
  { value: "OTHER_CERTIFIER", label: "Other certifying body" },
  { value: "OTHER", label: "Other" },
];

export function DeferFields({ view }: FieldsProps) {
  return (
    <div className="space-y-6">
      <SelectField
        name="proceedingKind"
        label="Where the same facts are pending"
        options={[{ value: "", label: "Choose" }, ...PROCEEDING_KINDS]}
        defaultValue={view.value("proceedingKind")}
        error={view.fieldError("proceedingKind")}
      />
      <TextAreaField name="proceedingDescription" label="Description of the proceeding" defaultValue={view.value("proceedingDescription")} error={view.fieldError("proceedingDescription")} />
      <TextAreaField name="proceedingReference" label="Its reference (optional)" rows={1} defaultValue={view.value("proceedingReference")} error={view.fieldError("proceedingReference")} />
    </div>
  );
}

export function ResumeFields({ view }: FieldsProps) {
  return (
    <div className="space-y-6">
      <TextAreaField name="externalOutcome" label="Outcome of the other proceeding" defaultValue={view.value("externalOutcome")} error={view.fieldError("externalOutcome")} />
      <Checkboxes
        name="relyOnExternalFinding"
        legend="Proof"
        options={[{ value: "on", label: "Rely on the final judgment or licensing order as proof of the facts" }]}
        defaultValues={view.value("relyOnExternalFinding") ? ["on"] : []}
      />
    </div>
  );
}

export function NoticeOfComplaintFields({ view, ctx }: FieldsProps) {
  return (
    <div className="space-y-6">
      <ProvisionsField codeVersion={ctx.codeVersion} defaults={ctx.chargedCodes} view={view} legend="Provisions charged" />
      <Radios
        name="delivery"
        legend="How the Notice is sent"
        hint="The response period runs from receipt: at once when sent electronically, after the mail receipt days when posted."
        options={[
          { value: "ELECTRONIC", label: "Electronically" },
          { value: "MAIL", label: "By post" },
        ]}
        defaultValue={view.value("delivery") || "ELECTRONIC"}
        inline
      />
    </div>
  );
}
