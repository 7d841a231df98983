"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { summaryErrors } from "@/components/ui/field-id";
import { TextField } from "@/components/ui/field";
import { IDLE } from "@/lib/domain/form-state";
import { twoFactorAction } from "./actions";

export function CodeForm({ enrolling, demoCode }: { enrolling: boolean; demoCode?: string }) {
  const [state, action, pending] = useActionState(twoFactorAction, IDLE);
  const errors = state.status === "error" ? summaryErrors(state.fieldErrors) : [];
  const error = state.status === "error" ? state.fieldErrors?.code?.[0] : undefined;
  return (
    <>
      {state.status === "error" ? <ErrorSummary message={state.message} errors={errors} /> : null}
      <form action={action} className="space-y-6" noValidate>
        <TextField
          name="code"
          label={enrolling ? "Code from your authenticator app, to confirm it is set up" : "Code from your authenticator app"}
          hint="6 digits. A new code appears every 30 seconds."
          inputMode="numeric"
          autoComplete="one-time-code"
          spellCheck={false}
          maxLength={9}
          className="block w-40 rounded-none border-2 border-slate-800 px-3 py-2 text-base tracking-widest aria-[invalid=true]:border-danger"
          defaultValue={demoCode}
          error={error}
        />
        <Button type="submit" disabled={pending}>
          {pending ? "Checking…" : enrolling ? "Turn on two-factor and sign in" : "Continue"}
        </Button>
      </form>
    </>
  );
}
