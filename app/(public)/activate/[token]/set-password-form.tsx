"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { formView } from "@/components/ui/form-view";
import { NoticeBanner } from "@/components/ui/notice-banner";
import { PASSWORD_MIN } from "@/lib/domain/admin/people";
import { IDLE, type FormState } from "@/lib/domain/form-state";
import { setPasswordAction } from "./actions";

export function SetPasswordForm({ token, email }: { token: string; email: string }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(setPasswordAction, IDLE);
  const view = formView(state);
  if (state.status === "success") {
    return (
      <NoticeBanner title="Your password is set.">
        <p>
          <a href="/login">Sign in</a> with {state.message ?? email} and your new password.
        </p>
      </NoticeBanner>
    );
  }
  return (
    <>
      {state.status === "error" ? <ErrorSummary message={state.message} errors={view.errors} /> : null}
      <form action={formAction} className="space-y-6" noValidate>
        <input type="hidden" name="token" value={token} />
        <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
        <TextField
          name="password"
          label="New password"
          type="password"
          autoComplete="new-password"
          hint={`At least ${PASSWORD_MIN} characters. A few unrelated words make a strong password.`}
          error={view.fieldError("password")}
        />
        <TextField name="confirm" label="Type the password again" type="password" autoComplete="new-password" error={view.fieldError("confirm")} />
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Set my password"}
        </Button>
      </form>
    </>
  );
}
