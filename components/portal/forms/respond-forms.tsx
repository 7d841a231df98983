"use client";

import { TextAreaField, TextField } from "@/components/ui/field";
import { TEXT_MAX } from "@/lib/domain/portal/forms";
import { FileInput } from "../file-input";
import { FormShell, usePortalForm, type FormAction } from "../form-shell";
import { errorsOf } from "./field-errors";

type Props = { action: FormAction; caseId: string; version: number };

export function RespondForm({ action, caseId, version }: Props) {
  const form = usePortalForm(action);
  const { view } = form;
  return (
    <FormShell id="respond" form={form} caseId={caseId} version={version} submitLabel="Send my response">
      <TextAreaField
        name="statement"
        label="Your written response"
        hint={`Answer each allegation. Say what happened from your point of view and anything the Committee should take into account. Up to ${TEXT_MAX.toLocaleString("en-US")} characters.`}
        rows={12}
        defaultValue={view.value("statement")}
        error={view.fieldError("statement")}
      />
      <FileInput name="files" label="Supporting documents (optional)" errors={errorsOf(form.state, "files")} />
    </FormShell>
  );
}

export function ExtensionForm({ action, caseId, version, maxDays }: Props & { maxDays: number }) {
  const form = usePortalForm(action);
  const { view } = form;
  return (
    <FormShell id="extension" form={form} caseId={caseId} version={version} submitLabel="Ask for more time" variant="secondary">
      <TextField
        name="days"
        label="How many extra days do you need?"
        hint={`At most ${maxDays} days.`}
        inputMode="numeric"
        className="block w-24 rounded-none border-2 border-slate-800 px-3 py-2 text-base aria-[invalid=true]:border-danger"
        defaultValue={view.value("days")}
        error={view.fieldError("days")}
      />
      <TextAreaField
        name="reason"
        label="Why do you need more time?"
        rows={4}
        defaultValue={view.value("reason")}
        error={view.fieldError("reason")}
      />
    </FormShell>
  );
}
