"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Checkboxes } from "@/components/ui/checkboxes";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { formView } from "@/components/ui/form-view";
import { INVITABLE_ROLES } from "@/lib/domain/admin/people";
import { IDLE } from "@/lib/domain/form-state";
import { ROLE_LABELS } from "@/lib/domain/roles";
import { invitePersonAction, type InviteState } from "../actions";
import { InviteLink } from "../invite-link";

export function InviteForm() {
  const [state, formAction, pending] = useActionState<InviteState, FormData>(invitePersonAction, IDLE);
  const view = formView(state.status === "invited" ? IDLE : state);
  return (
    <>
      {state.status === "error" ? <ErrorSummary message={state.message} errors={view.errors} /> : null}
      {state.status === "invited" ? <InviteLink name={state.name} email={state.email} path={state.path} /> : null}
      <form action={formAction} className="space-y-6" noValidate key={view.key}>
        <TextField name="name" label="Full name" autoComplete="off" defaultValue={view.value("name")} error={view.fieldError("name")} />
        <TextField name="email" label="Email address" type="email" spellCheck={false} defaultValue={view.value("email")} error={view.fieldError("email")} />
        <Checkboxes
          name="roles"
          legend="Roles"
          hint="Choose every role they hold. Certified case managers get their account from the registry instead."
          options={INVITABLE_ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }))}
          defaultValues={view.value("roles").split("\n")}
          error={view.fieldError("roles")}
        />
        <fieldset className="space-y-4">
          <legend className="font-semibold">Committee term (optional)</legend>
          <TextField name="termFrom" label="Term starts" type="date" defaultValue={view.value("termFrom")} error={view.fieldError("termFrom")} />
          <TextField name="termTo" label="Term ends" type="date" defaultValue={view.value("termTo")} error={view.fieldError("termTo")} />
        </fieldset>
        <Button type="submit" disabled={pending}>
          {pending ? "Inviting…" : "Send the invitation"}
        </Button>
      </form>
    </>
  );
}
