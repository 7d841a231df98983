"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { summaryErrors } from "@/components/ui/field-id";
import { TextField } from "@/components/ui/field";
import { IDLE } from "@/lib/domain/form-state";
import { signInAction } from "./actions";

export function LoginForm({ callbackUrl }: { callbackUrl?: string }) {
  const [state, action, pending] = useActionState(signInAction, IDLE);
  const errors = state.status === "error" ? summaryErrors(state.fieldErrors) : [];
  const values = state.status === "error" ? (state.values ?? {}) : {};
  const fieldError = (name: string) => (state.status === "error" ? state.fieldErrors?.[name]?.[0] : undefined);

  return (
    <>
      {state.status === "error" ? <ErrorSummary message={state.message} errors={errors} /> : null}
      <form action={action} className="space-y-6" noValidate>
        {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
        <TextField
          name="email"
          label="Email address"
          type="email"
          autoComplete="username"
          spellCheck={false}
          defaultValue={values.email}
          error={fieldError("email")}
        />
        <TextField name="password" label="Password" type="password" autoComplete="current-password" error={fieldError("password")} />
        <Button type="submit" disabled={pending}>
          {pending ? "Signing in…" : "Sign in"}
        </Button>
      </form>
    </>
  );
}
