"use client";

import { StepShell, useStepForm } from "@/components/intake/step-form";
import { Button } from "@/components/ui/button";
import { FileField } from "@/components/ui/file-field";
import { ACCEPT_ATTRIBUTE, ACCEPTED_TYPES_TEXT, describeSize, MAX_FILE_BYTES } from "@/lib/domain/intake/uploads";
import { saveStepAction } from "../actions";

export function EvidenceForm({ returnToCheck, room }: { returnToCheck: boolean; room: number }) {
  const { state, formAction, pending, view } = useStepForm(saveStepAction, {});
  const fileErrors = state.status === "error" ? (state.fieldErrors?.files ?? []) : [];
  const errors = [...fileErrors.map((message) => ({ field: "files", message })), ...view.errors.filter((e) => e.field !== "files")];
  return (
    <StepShell
      step="evidence"
      state={state}
      formAction={formAction}
      pending={pending}
      returnToCheck={returnToCheck}
      errors={errors}
      extraButtons={
        room > 0 ? (
          <Button type="submit" name="intent" value="upload" variant="secondary" disabled={pending}>
            Upload files
          </Button>
        ) : null
      }
    >
      {room > 0 ? (
        <FileField
          name="files"
          label="Choose files"
          multiple
          accept={ACCEPT_ATTRIBUTE}
          errors={fileErrors}
          hint={
            <>
              <p>
                {ACCEPTED_TYPES_TEXT}. Each file up to {describeSize(MAX_FILE_BYTES)}. You can add {room} more {room === 1 ? "file" : "files"}.
              </p>
              <p>Selecting Continue uploads any files you have chosen.</p>
            </>
          }
        />
      ) : (
        <p className="font-semibold">You have uploaded the most files you can send. Remove one to add another.</p>
      )}
    </StepShell>
  );
}
