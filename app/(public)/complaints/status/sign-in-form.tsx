"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { formView } from "@/components/ui/form-view";
import { IDLE } from "@/lib/domain/form-state";
import { signInComplainantAction } from "./actions";

export function SignInForm() {
  const [state, action, pending] = useActionState(signInComplainantAction, IDLE);
  const view = formView(state);
  return (
    <>
      {state.status === "error" ? <ErrorSummary message={state.message || undefined} errors={view.errors} /> : null}
      <form action={action} className="space-y-6" noValidate>
        <TextField
          name="reference"
          label="Case reference"
          hint="It starts with EPC, for example EPC-2026-0001."
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="characters"
          defaultValue={view.value("reference")}
          error={view.fieldError("reference")}
        />
        <TextField
          name="accessCode"
          label="Access code"
          hint="16 letters and numbers, shown when you sent the complaint. Spaces and dashes do not matter."
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="characters"
          error={view.fieldError("accessCode")}
        />
        <Button type="submit" disabled={pending}>
          Continue
        </Button>
      </form>
    </>
  );
}
