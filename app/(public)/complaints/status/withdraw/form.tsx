"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Checkboxes } from "@/components/ui/checkboxes";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextAreaField } from "@/components/ui/field";
import { formView } from "@/components/ui/form-view";
import { IDLE } from "@/lib/domain/form-state";
import { requestWithdrawalAction } from "../actions";

export function WithdrawForm() {
  const [state, action, pending] = useActionState(requestWithdrawalAction, IDLE);
  const view = formView(state);
  return (
    <>
      {state.status === "error" ? <ErrorSummary message={state.message || undefined} errors={view.errors} /> : null}
      <form action={action} className="space-y-6" noValidate>
        <TextAreaField name="reason" label="Why do you want to withdraw? (optional)" rows={4} defaultValue={view.value("reason")} error={view.fieldError("reason")} />
        <Checkboxes
          name="confirm"
          legend="Confirm"
          options={[{ value: "yes", label: "I want to ask for my complaint to be withdrawn" }]}
          defaultValues={view.value("confirm") ? ["yes"] : []}
          error={view.fieldError("confirm")}
        />
        <Button type="submit" variant="danger" disabled={pending}>
          Ask to withdraw
        </Button>
      </form>
    </>
  );
}
