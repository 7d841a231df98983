"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { CharacterCount } from "@/components/ui/character-count";
import { ErrorSummary } from "@/components/ui/error-summary";
import { formView } from "@/components/ui/form-view";
import { IDLE } from "@/lib/domain/form-state";
import { MESSAGE_MAX } from "@/lib/domain/intake/status";
import { sendMessageAction } from "./actions";

export function MessageForm() {
  const [state, action, pending] = useActionState(sendMessageAction, IDLE);
  const view = formView(state);
  return (
    <>
      {state.status === "error" ? <ErrorSummary id="message-errors" message={state.message || undefined} errors={view.errors} /> : null}
      <form action={action} className="space-y-4" noValidate>
        <CharacterCount name="body" label="Send a message to the ethics coordinator" maxLength={MESSAGE_MAX} rows={5} defaultValue={view.value("body")} error={view.fieldError("body")} />
        <Button type="submit" disabled={pending}>
          Send message
        </Button>
      </form>
    </>
  );
}
