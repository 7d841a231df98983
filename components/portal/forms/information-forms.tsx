"use client";

import { TextAreaField } from "@/components/ui/field";
import { FileInput } from "../file-input";
import { FormShell, usePortalForm, type FormAction } from "../form-shell";
import { errorsOf } from "./field-errors";

type Props = { action: FormAction; caseId: string; version: number };

export function InfoReplyForm({ action, caseId, version }: Props) {
  const form = usePortalForm(action);
  const { view } = form;
  return (
    <FormShell id="info-reply" form={form} caseId={caseId} version={version} submitLabel="Send the information">
      <TextAreaField name="note" label="Your answer" hint="Write your answer, add files, or both." rows={8} defaultValue={view.value("note")} error={view.fieldError("note")} />
      <FileInput name="replyFiles" label="Files (optional)" errors={errorsOf(form.state, "replyFiles")} />
    </FormShell>
  );
}

export function CommentForm({ action, caseId, version }: Props) {
  const form = usePortalForm(action);
  const { view } = form;
  return (
    <FormShell id="comment" form={form} caseId={caseId} version={version} submitLabel="Send my comment">
      <TextAreaField name="statement" label="Your comment on the new material" rows={8} defaultValue={view.value("statement")} error={view.fieldError("statement")} />
      <FileInput name="commentFiles" label="Files (optional)" errors={errorsOf(form.state, "commentFiles")} />
    </FormShell>
  );
}
