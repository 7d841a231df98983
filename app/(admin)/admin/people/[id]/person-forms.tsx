"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Checkboxes } from "@/components/ui/checkboxes";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { formView } from "@/components/ui/form-view";
import { NoticeBanner } from "@/components/ui/notice-banner";
import { INVITABLE_ROLES } from "@/lib/domain/admin/people";
import { IDLE, type FormState } from "@/lib/domain/form-state";
import { ROLE_LABELS, type Role } from "@/lib/domain/roles";
import { reissueInviteAction, resetTwoFactorAction, setActiveAction, setRolesAction, setTermAction, type ReissueState } from "../actions";
import { InviteLink } from "../invite-link";

function Feedback({ state, errors, id }: { state: FormState; errors: { field: string; message: string }[]; id: string }) {
  if (state.status === "error") return <ErrorSummary id={id} message={state.message} errors={errors} />;
  if (state.status === "success") return <NoticeBanner title={state.message ?? "Saved"} />;
  return null;
}

export function RolesForm({ personId, roles, version }: { personId: string; roles: Role[]; version: number }) {
  const [state, action, pending] = useActionState<FormState, FormData>(setRolesAction, IDLE);
  const view = formView(state, { roles: roles.join("\n") });
  return (
    <>
      <Feedback id="roles-errors" state={state} errors={view.errors} />
      <form action={action} className="space-y-4" noValidate key={`${version}-${view.key}`}>
        <input type="hidden" name="personId" value={personId} />
        <Checkboxes
          name="roles"
          legend="Roles"
          hint={roles.includes("CCM") ? "Their certified case manager role comes from the registry and is kept." : undefined}
          options={INVITABLE_ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }))}
          defaultValues={view.value("roles").split("\n")}
          error={view.fieldError("roles")}
        />
        <Button type="submit" disabled={pending}>
          Save roles
        </Button>
      </form>
    </>
  );
}

export function TermForm({ personId, termFrom, termTo }: { personId: string; termFrom: string; termTo: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(setTermAction, IDLE);
  const view = formView(state, { termFrom, termTo });
  return (
    <>
      <Feedback id="term-errors" state={state} errors={view.errors} />
      <form action={action} className="space-y-4" noValidate key={view.key}>
        <input type="hidden" name="personId" value={personId} />
        <TextField name="termFrom" label="Term starts" type="date" defaultValue={view.value("termFrom")} error={view.fieldError("termFrom")} />
        <TextField name="termTo" label="Term ends" type="date" defaultValue={view.value("termTo")} error={view.fieldError("termTo")} />
        <Button type="submit" variant="secondary" disabled={pending}>
          Save the term
        </Button>
      </form>
    </>
  );
}

export function ActiveForm({ personId, active }: { personId: string; active: boolean }) {
  const [state, action, pending] = useActionState<FormState, FormData>(setActiveAction, IDLE);
  return (
    <>
      <Feedback id="active-errors" state={state} errors={[]} />
      <form action={action}>
        <input type="hidden" name="personId" value={personId} />
        <input type="hidden" name="active" value={active ? "false" : "true"} />
        <Button type="submit" variant={active ? "danger" : "primary"} disabled={pending}>
          {active ? "Deactivate the account" : "Reactivate the account"}
        </Button>
      </form>
    </>
  );
}

export function TwoFactorResetForm({ personId }: { personId: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(resetTwoFactorAction, IDLE);
  return (
    <>
      <Feedback id="two-factor-errors" state={state} errors={[]} />
      <form action={action}>
        <input type="hidden" name="personId" value={personId} />
        <Button type="submit" variant="secondary" disabled={pending}>
          Reset two-factor sign-in
        </Button>
      </form>
    </>
  );
}

export function ReissueForm({ personId, name, email }: { personId: string; name: string; email: string }) {
  const [state, action, pending] = useActionState<ReissueState, FormData>(reissueInviteAction, IDLE);
  return (
    <>
      {state.status === "invited" ? <InviteLink name={state.name} email={state.email} path={state.path} /> : <Feedback id="reissue-errors" state={state} errors={[]} />}
      <form action={action}>
        <input type="hidden" name="personId" value={personId} />
        <input type="hidden" name="name" value={name} />
        <input type="hidden" name="email" value={email} />
        <Button type="submit" variant="secondary" disabled={pending}>
          Send a new invitation link
        </Button>
      </form>
    </>
  );
}
