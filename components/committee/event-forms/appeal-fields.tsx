import { Checkboxes } from "@/components/ui/checkboxes";
import { TextAreaField } from "@/components/ui/field";
import { ActionsField } from "../fields/actions-field";
import { MembersField } from "../fields/members-field";
import { Radios } from "@/components/ui/radios";
import { VotesField } from "../fields/votes-field";
import type { FieldsProps } from "./types";

/** Appeals (DOMAIN §3 #22–#24, §5), sanctions (#25) and the anytime events (#27–#28). */

export function AssignAppealPanelFields({ view, ctx }: FieldsProps) {
  return (
    <MembersField
      name="panel"
      legend="Appeal panel"
      hint="Commissioners who took no part in the decision under appeal and have no conflict."
      members={ctx.appealCandidates}
      view={view}
    />
  );
}

export function DecideAppealFields({ view, ctx }: FieldsProps) {
  return (
    <div className="space-y-6">
      <Radios
        name="outcome"
        legend="Outcome"
        options={[
          { value: "AFFIRM", label: "Affirm the decision" },
          { value: "MODIFY", label: "Modify the action", hint: "Choose the new action below." },
          { value: "REVERSE", label: "Reverse: the complaint is dismissed" },
          { value: "REMAND", label: "Remand to the Committee", hint: "Give instructions below." },
        ]}
        defaultValue={view.value("outcome")}
        error={view.fieldError("outcome")}
      />
      <ActionsField view={view} legend="New action (modify only)" />
      <Checkboxes
        name="increaseNoticeGiven"
        legend="Increase"
        options={[{ value: "on", label: "The case manager was given notice that the sanction could be increased" }]}
        defaultValues={view.value("increaseNoticeGiven") ? ["on"] : []}
      />
      <TextAreaField name="instructions" label="Instructions for the Committee (remand only)" defaultValue={view.value("instructions")} error={view.fieldError("instructions")} />
      <TextAreaField name="reasons" label="Reasons" defaultValue={view.value("reasons")} error={view.fieldError("reasons")} />
      <VotesField members={ctx.appealPanel} view={view} legend="Each appeal panel member's vote" />
    </div>
  );
}

export function VerifyConditionsFields({ view, ctx }: FieldsProps) {
  const typed = view.value("conditions");
  return (
    <div className="space-y-6">
      <Checkboxes
        name="conditions"
        legend="Conditions shown to be met"
        options={ctx.outstandingConditions.map((condition) => ({ value: condition.id, label: condition.label }))}
        defaultValues={typed ? typed.split("\n") : []}
        error={view.fieldError("conditions")}
      />
      <TextAreaField name="note" label="Note (optional)" hint="The evidence seen." defaultValue={view.value("note")} error={view.fieldError("note")} />
    </div>
  );
}

export function WithdrawalRequestFields({ view }: FieldsProps) {
  return <TextAreaField name="reason" label="The complainant's reason (optional)" hint="For a request received by post or telephone." defaultValue={view.value("reason")} error={view.fieldError("reason")} />;
}

export function PetitionReopenFields({ view }: FieldsProps) {
  return (
    <div className="space-y-6">
      <TextAreaField name="newEvidence" label="The new evidence" defaultValue={view.value("newEvidence")} error={view.fieldError("newEvidence")} />
      <TextAreaField name="whyNotAvailableBefore" label="Why it was not available before" defaultValue={view.value("whyNotAvailableBefore")} error={view.fieldError("whyNotAvailableBefore")} />
      <Checkboxes
        name="chairLeave"
        legend="Leave"
        options={[{ value: "on", label: "The Chair allows a further petition (Chair only)" }]}
        defaultValues={view.value("chairLeave") ? ["on"] : []}
      />
    </div>
  );
}

export function RecordOnlyFields() {
  return null;
}
