"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { CharacterCount } from "@/components/ui/character-count";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FileField } from "@/components/ui/file-field";
import { formView } from "@/components/ui/form-view";
import { IDLE } from "@/lib/domain/form-state";
import { INFO_REPLY_MAX } from "@/lib/domain/intake/status";
import { ACCEPT_ATTRIBUTE, ACCEPTED_TYPES_TEXT, describeSize, MAX_FILE_BYTES, MAX_FILES } from "@/lib/domain/intake/uploads";
import { answerRequestAction } from "./actions";

export function AnswerForm() {
  const [state, action, pending] = useActionState(answerRequestAction, IDLE);
  const view = formView(state);
  const fileErrors = state.status === "error" ? (state.fieldErrors?.files ?? []) : [];
  const errors = [...view.errors.filter((e) => e.field !== "files"), ...fileErrors.map((message) => ({ field: "files", message }))];
  return (
    <>
      {state.status === "error" ? <ErrorSummary id="answer-errors" message={state.message || undefined} errors={errors} /> : null}
      <form action={action} className="space-y-6" noValidate>
        <CharacterCount name="answer" label="Your answer" maxLength={INFO_REPLY_MAX} rows={6} defaultValue={view.value("answer")} error={view.fieldError("answer")} />
        <FileField
          name="files"
          label="Documents or photos (optional)"
          multiple
          accept={ACCEPT_ATTRIBUTE}
          errors={fileErrors}
          hint={`${ACCEPTED_TYPES_TEXT}. Up to ${MAX_FILES} files, each up to ${describeSize(MAX_FILE_BYTES)}.`}
        />
        <Button type="submit" disabled={pending}>
          Send your answer
        </Button>
      </form>
    </>
  );
}
