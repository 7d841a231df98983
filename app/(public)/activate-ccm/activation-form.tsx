"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { formView } from "@/components/ui/form-view";
import { NoticeBanner } from "@/components/ui/notice-banner";
import { IDLE, type FormState } from "@/lib/domain/form-state";
import { requestActivationAction } from "./actions";

export function ActivationForm() {
  const [state, formAction, pending] = useActionState<FormState, FormData>(requestActivationAction, IDLE);
  const view = formView(state);
  if (state.status === "success") {
    return (
      <NoticeBanner title="Check your email">
        <p>{state.message}</p>
        <p>If nothing arrives within an hour, check the details on your certificate and try again, or contact CCMC.</p>
      </NoticeBanner>
    );
  }
  return (
    <>
      {state.status === "error" ? <ErrorSummary message={state.message} errors={view.errors} /> : null}
      <form action={formAction} className="space-y-6" noValidate>
        <TextField
          name="ccmNumber"
          label="CCM certification number"
          hint="As printed on your certificate."
          autoComplete="off"
          spellCheck={false}
          defaultValue={view.value("ccmNumber")}
          error={view.fieldError("ccmNumber")}
        />
        <TextField
          name="email"
          label="Email address"
          hint="The address CCMC holds for your certification."
          type="email"
          autoComplete="email"
          spellCheck={false}
          defaultValue={view.value("email")}
          error={view.fieldError("email")}
        />
        <Button type="submit" disabled={pending}>
          {pending ? "Sending…" : "Send me an activation link"}
        </Button>
      </form>
    </>
  );
}
