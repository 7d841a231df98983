"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { ErrorSummary } from "@/components/ui/error-summary";
import { formView } from "@/components/ui/form-view";
import { IDLE } from "@/lib/domain/form-state";
import { resumeIntakeAction } from "../actions";

export function ResumeForm({ code }: { code: string }) {
  const [state, action, pending] = useActionState(resumeIntakeAction, IDLE);
  const view = formView(state, { code });
  return (
    <>
      {state.status === "error" ? <ErrorSummary message={state.message || undefined} errors={view.errors} /> : null}
      <form action={action} className="space-y-6" noValidate>
        <TextField
          name="code"
          label="Resume code"
          hint="20 letters and numbers, like 7KQ2-M9XD-4RTB-HN3W-A8PC."
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="characters"
          defaultValue={view.value("code")}
          error={view.fieldError("code")}
          className="block w-full max-w-md rounded-none border-2 border-slate-800 px-3 py-2 font-mono text-base uppercase"
        />
        <Button type="submit" disabled={pending}>
          Continue
        </Button>
      </form>
    </>
  );
}
