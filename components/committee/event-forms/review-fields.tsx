import { TextAreaField, TextField } from "@/components/ui/field";
import { DISMISSAL_REASON_INFO, dismissalReasonsFor } from "@/lib/domain/reason-codes";
import { ActionsField } from "../fields/actions-field";
import { ProvisionsField } from "../fields/provisions-field";
import { Radios } from "@/components/ui/radios";
import { VotesField } from "../fields/votes-field";
import type { FieldsProps } from "./types";

/** Response period, Committee review and its decisions (DOMAIN §3 #10–#14). */

export function GrantExtensionFields({ view }: FieldsProps) {
  return (
    <div className="space-y-6">
      <TextField name="days" label="Extra days" inputMode="numeric" className="w-24 border-2 border-slate-800 px-3 py-2" defaultValue={view.value("days")} error={view.fieldError("days")} />
      <TextAreaField name="reasons" label="Reasons (optional)" defaultValue={view.value("reasons")} error={view.fieldError("reasons")} />
    </div>
  );
}

export function RequestInfoFields({ view }: FieldsProps) {
  return (
    <div className="space-y-6">
      <Radios
        name="from"
        legend="Who is asked"
        options={[
          { value: "COMPLAINANT", label: "The complainant" },
          { value: "CCM", label: "The case manager" },
          { value: "THIRD_PARTY", label: "A third party" },
        ]}
        defaultValue={view.value("from")}
        error={view.fieldError("from")}
      />
      <TextAreaField name="items" label="What is needed" hint="One item per line." defaultValue={view.value("items")} error={view.fieldError("items")} />
      <TextField name="thirdPartyName" label="Third party's name (only when asking a third party)" defaultValue={view.value("thirdPartyName")} error={view.fieldError("thirdPartyName")} />
      <TextField name="thirdPartyEmail" label="Third party's email (optional)" type="email" defaultValue={view.value("thirdPartyEmail")} error={view.fieldError("thirdPartyEmail")} />
    </div>
  );
}

export function CommitteeDismissFields({ view, ctx }: FieldsProps) {
  return (
    <div className="space-y-6">
      <Radios
        name="reasonCode"
        legend="Reason for dismissal"
        options={dismissalReasonsFor("COMMITTEE").map((code) => ({ value: code, label: DISMISSAL_REASON_INFO[code].label, hint: DISMISSAL_REASON_INFO[code].plainLanguage }))}
        defaultValue={view.value("reasonCode")}
        error={view.fieldError("reasonCode")}
      />
      <TextAreaField name="reasons" label="Reasons" defaultValue={view.value("reasons")} error={view.fieldError("reasons")} />
      <VotesField members={ctx.committee} view={view} />
    </div>
  );
}

export function ProposeDispositionFields({ view, ctx }: FieldsProps) {
  return (
    <div className="space-y-6">
      <TextAreaField name="findings" label="Preliminary findings" defaultValue={view.value("findings")} error={view.fieldError("findings")} />
      <ProvisionsField codeVersion={ctx.codeVersion} defaults={ctx.chargedCodes} view={view} legend="Provisions breached" />
      <ActionsField view={view} legend="Proposed action" />
      <TextAreaField name="reasons" label="Reasons" defaultValue={view.value("reasons")} error={view.fieldError("reasons")} />
      <VotesField members={ctx.committee} view={view} />
    </div>
  );
}

export function CommitteeVoteFields({ view, ctx }: FieldsProps) {
  return (
    <div className="space-y-6">
      <TextAreaField name="reasons" label="Reasons" defaultValue={view.value("reasons")} error={view.fieldError("reasons")} />
      <VotesField members={ctx.committee} view={view} />
    </div>
  );
}

export function RuleOnReopenFields({ view, ctx }: FieldsProps) {
  return (
    <div className="space-y-6">
      <Radios
        name="ruling"
        legend="Ruling"
        options={[
          { value: "GRANT", label: "Grant: reopen the case for a fresh review" },
          { value: "DENY", label: "Deny the petition" },
        ]}
        defaultValue={view.value("ruling")}
        error={view.fieldError("ruling")}
      />
      <TextAreaField name="reasons" label="Reasons" defaultValue={view.value("reasons")} error={view.fieldError("reasons")} />
      <VotesField members={ctx.committee} view={view} />
    </div>
  );
}
