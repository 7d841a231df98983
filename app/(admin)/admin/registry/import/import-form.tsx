"use client";

import { startTransition, useActionState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { fieldId } from "@/components/ui/field-id";
import { registryImportAction } from "./actions";
import type { ImportState } from "./import-state";
import { ImportReportView } from "./import-report";

const IDLE: ImportState = { status: "idle" };

export function ImportForm() {
  const [state, formAction, pending] = useActionState(registryImportAction, IDLE);
  const fileError = state.status === "error" ? state.fieldErrors?.file?.[0] : undefined;
  const canImport = state.status === "preview" && state.report.created + state.report.updated + state.report.statusCorrections > 0;

  // Submitting by hand keeps the chosen file selected (a form action would reset the form), so the
  // checked file can then be imported without choosing it again.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => formAction(data));
  };

  return (
    <>
      {state.status === "error" ? <ErrorSummary message={state.message} errors={fileError ? [{ field: "file", message: fileError }] : []} /> : null}
      <form action={formAction} onSubmit={submit} className="space-y-6" noValidate>
        <div className={`space-y-1 ${fileError ? "border-l-4 border-danger pl-3" : ""}`}>
          <label htmlFor={fieldId("file")} className="block font-semibold">
            Registry file (CSV)
          </label>
          <p id={`${fieldId("file")}-hint`} className="text-sm text-slate-700">
            UTF-8, with a header row. Required columns: number, first_name, last_name, issued_at, valid_through (YYYY-MM-DD) and status (ACTIVE,
            ACTIVE_LATE_RENEWAL_PENDING, EXPIRED or RETIRED). Optional: email, phone, employer, city, region.
          </p>
          {fileError ? (
            <p id={`${fieldId("file")}-error`} className="font-semibold text-danger">
              <span className="sr-only">Error: </span>
              {fileError}
            </p>
          ) : null}
          <input
            id={fieldId("file")}
            name="file"
            type="file"
            accept=".csv,text/csv"
            aria-invalid={fileError ? true : undefined}
            aria-describedby={`${fieldId("file")}-hint${fileError ? ` ${fieldId("file")}-error` : ""}`}
            className="block"
          />
        </div>
        {state.status === "preview" ? <input type="hidden" name="expectedDigest" value={state.report.digest} /> : null}
        <div className="flex flex-wrap gap-4">
          <Button type="submit" name="mode" value="preview" variant={canImport ? "secondary" : "primary"} disabled={pending}>
            {pending ? "Working…" : "Check the file (dry run)"}
          </Button>
          {canImport ? (
            <Button type="submit" name="mode" value="import" disabled={pending}>
              Import {(state.report.created + state.report.updated + state.report.statusCorrections).toLocaleString("en-US")} changes
            </Button>
          ) : null}
        </div>
      </form>
      {state.status !== "idle" && "report" in state && state.report ? <ImportReportView state={state} /> : null}
    </>
  );
}
