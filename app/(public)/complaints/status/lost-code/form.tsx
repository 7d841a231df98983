"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { formView } from "@/components/ui/form-view";
import { IDLE } from "@/lib/domain/form-state";
import { lostCodeAction } from "../actions";

export function LostCodeForm() {
  const [state, action, pending] = useActionState(lostCodeAction, IDLE);
  const view = formView(state);
  return (
    <>
      {state.status === "error" ? <ErrorSummary message={state.message || undefined} errors={view.errors} /> : null}
      <form action={action} className="space-y-6" noValidate>
        <TextField name="reference" label="Case reference" autoComplete="off" spellCheck={false} defaultValue={view.value("reference")} error={view.fieldError("reference")} />
        <TextField name="email" label="Email address" type="email" autoComplete="email" spellCheck={false} defaultValue={view.value("email")} error={view.fieldError("email")} />
        <Button type="submit" disabled={pending}>
          Send a new access code
        </Button>
      </form>
    </>
  );
}
