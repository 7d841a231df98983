"use client";

import {
  addNoteAction,
  assignAction,
  declareConflictAction,
  grantDisclosureAction,
  recordChallengeAction,
  recuseAction,
  ruleOnChallengeAction,
  sendMessageAction,
  shareDocumentAction,
} from "@/app/(committee)/committee/cases/[caseId]/record-actions";
import { Checkboxes } from "@/components/ui/checkboxes";
import { TextAreaField } from "@/components/ui/field";
import { Radios } from "@/components/ui/radios";
import { SelectField } from "@/components/ui/select-field";
import { CONFLICT_KINDS, CONFLICT_LABELS } from "@/lib/domain/committee/record-forms";
import { RecordForm } from "./record-form";

type Option = { value: string; label: string };

export function NoteForm({ caseId }: { caseId: string }) {
  return (
    <RecordForm
      id="note"
      action={addNoteAction}
      caseId={caseId}
      submitLabel="Add note"
      fields={(view) => <TextAreaField name="noteBody" label="New internal note" hint="Seen by staff and members without a conflict; never by the parties." defaultValue={view.value("noteBody")} error={view.fieldError("noteBody")} />}
    />
  );
}

export function MessageForm({ caseId }: { caseId: string }) {
  return (
    <RecordForm
      id="message"
      action={sendMessageAction}
      caseId={caseId}
      submitLabel="Send to the complainant"
      fields={(view) => <TextAreaField name="messageBody" label="Reply to the complainant" hint="Shown on the complainant's status page." defaultValue={view.value("messageBody")} error={view.fieldError("messageBody")} />}
    />
  );
}

export function ConflictForm({ caseId, current }: { caseId: string; current?: string }) {
  return (
    <RecordForm
      id="conflict"
      action={declareConflictAction}
      caseId={caseId}
      submitLabel="Record my declaration"
      fields={(view) => (
        <>
          <Radios
            name="conflictKind"
            legend="Your relationship to the parties on this case"
            options={CONFLICT_KINDS.map((kind) => ({ value: kind, label: CONFLICT_LABELS[kind] }))}
            defaultValue={view.value("conflictKind") || current}
            error={view.fieldError("conflictKind")}
          />
          <TextAreaField name="conflictDetails" label="Details (needed for any relationship)" defaultValue={view.value("conflictDetails")} error={view.fieldError("conflictDetails")} />
        </>
      )}
    />
  );
}

export function RecusalForm({ caseId, members }: { caseId: string; members: Option[] }) {
  return (
    <RecordForm
      id="recusal"
      action={recuseAction}
      caseId={caseId}
      submitLabel="Recuse the member"
      danger
      fields={(view) => (
        <>
          <SelectField name="recusePersonId" label="Member to recuse" options={[{ value: "", label: "Choose a member" }, ...members]} defaultValue={view.value("recusePersonId")} error={view.fieldError("recusePersonId")} />
          <TextAreaField name="recusalReason" label="Reason" defaultValue={view.value("recusalReason")} error={view.fieldError("recusalReason")} />
        </>
      )}
    />
  );
}

export function ChallengeRecordForm({ caseId, members }: { caseId: string; members: Option[] }) {
  return (
    <RecordForm
      id="challenge"
      action={recordChallengeAction}
      caseId={caseId}
      submitLabel="Record the challenge"
      fields={(view) => (
        <>
          <SelectField name="challengedMemberId" label="Member challenged" options={[{ value: "", label: "Choose a member" }, ...members]} defaultValue={view.value("challengedMemberId")} error={view.fieldError("challengedMemberId")} />
          <TextAreaField name="challengeGrounds" label="Grounds given by the case manager" defaultValue={view.value("challengeGrounds")} error={view.fieldError("challengeGrounds")} />
        </>
      )}
    />
  );
}

export function ChallengeRulingForm({ caseId, challenges }: { caseId: string; challenges: Option[] }) {
  return (
    <RecordForm
      id="ruling"
      action={ruleOnChallengeAction}
      caseId={caseId}
      submitLabel="Record the ruling"
      fields={(view) => (
        <>
          <SelectField name="challengeId" label="Challenge" options={challenges} defaultValue={view.value("challengeId")} error={view.fieldError("challengeId")} />
          <Radios
            name="challengeRuling"
            legend="Ruling"
            options={[
              { value: "UPHELD", label: "Upheld: the member is recused" },
              { value: "REJECTED", label: "Rejected" },
            ]}
            defaultValue={view.value("challengeRuling")}
            error={view.fieldError("challengeRuling")}
            inline
          />
        </>
      )}
    />
  );
}

export function DisclosureForm({ caseId }: { caseId: string }) {
  return (
    <RecordForm
      id="disclosure"
      action={grantDisclosureAction}
      caseId={caseId}
      submitLabel="Grant disclosure"
      danger
      fields={(view) => (
        <Checkboxes
          name="confirmDisclosure"
          legend="Disclose the complainant's identity"
          hint="Members and the case manager will see who complained. This cannot be undone."
          options={[{ value: "on", label: "I grant disclosure of the complainant's identity on this case" }]}
          error={view.fieldError("confirmDisclosure")}
        />
      )}
    />
  );
}

export function AssignForm({ caseId, staff, current }: { caseId: string; staff: Option[]; current: string }) {
  return (
    <RecordForm
      id="assign"
      action={assignAction}
      caseId={caseId}
      submitLabel="Save assignment"
      fields={(view) => (
        <SelectField name="assigneeId" label="Assigned to" options={[{ value: "", label: "Nobody" }, ...staff]} defaultValue={view.value("assigneeId") || current} error={view.fieldError("assigneeId")} />
      )}
    />
  );
}

/** Staff share a committee-only document with the case manager, having checked it first. */
export function ShareDocumentForm({ caseId, documents, identityWithheld }: { caseId: string; documents: Option[]; identityWithheld: boolean }) {
  return (
    <RecordForm
      id="share-document"
      action={shareDocumentAction}
      caseId={caseId}
      submitLabel="Share with the case manager"
      closed={documents.length === 0 ? <p>Every document that can be shared with the case manager is shared.</p> : undefined}
      fields={(view) => (
        <>
          <SelectField
            name="shareDocumentId"
            label="Committee-only document to share with the case manager"
            options={[{ value: "", label: "Choose a document" }, ...documents]}
            defaultValue={view.value("shareDocumentId")}
            error={view.fieldError("shareDocumentId")}
          />
          <Checkboxes
            name="confirmShare"
            legend="Check the document first"
            hint={
              identityWithheld
                ? "The complainant's identity is withheld from the case manager. Share a file only if nothing in it identifies them; otherwise upload a redacted copy and share that. Sharing cannot be undone."
                : "The case manager will be able to open and download it in their portal. Sharing cannot be undone."
            }
            options={[{ value: "on", label: identityWithheld ? "I checked it: it is fit to share and does not identify the complainant" : "I checked it: it is fit to share" }]}
            error={view.fieldError("confirmShare")}
          />
        </>
      )}
    />
  );
}
