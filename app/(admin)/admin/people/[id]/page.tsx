import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatDay, isoDay } from "@/lib/domain/registry";
import { ROLE_LABELS } from "@/lib/domain/roles";
import { getPerson } from "@/lib/server/admin/people";
import { requireAdminPage } from "@/lib/server/authz";
import { db } from "@/lib/server/db";
import { ActiveForm, ReissueForm, RolesForm, TermForm, TwoFactorResetForm } from "./person-forms";

export const metadata: Metadata = { title: "Person" };

export default async function PersonPage({ params }: { params: Promise<{ id: string }> }) {
  const admin = await requireAdminPage();
  const { id } = await params;
  const person = await getPerson(db, id);
  if (!person) notFound();
  return (
    <div className="max-w-3xl space-y-8">
      <p>
        <Link href="/admin/people">Back to people and roles</Link>
      </p>
      <h1>{person.name}</h1>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
        <dt className="font-semibold">Email</dt>
        <dd className="break-all">{person.email}</dd>
        <dt className="font-semibold">Roles</dt>
        <dd>{person.roles.map((role) => ROLE_LABELS[role]).join(", ") || "None"}</dd>
        <dt className="font-semibold">Account</dt>
        <dd>{!person.active ? "Deactivated" : person.invitationPending ? "Invited: no password set yet" : "Active"}</dd>
        <dt className="font-semibold">Two-factor sign-in</dt>
        <dd>{person.totpEnabledAt ? `Set up on ${formatDay(person.totpEnabledAt)}` : "Not set up"}</dd>
        <dt className="font-semibold">Last signed in</dt>
        <dd>{person.lastLoginAt ? formatDay(person.lastLoginAt) : "Never"}</dd>
      </dl>

      <section aria-labelledby="roles-heading" className="space-y-4">
        <h2 id="roles-heading">Roles</h2>
        <p>Changing roles ends their current sessions. The last active administrator keeps the Administrator role.</p>
        <RolesForm personId={person.id} roles={person.roles} version={person.sessionVersion} />
      </section>

      <section aria-labelledby="term-heading" className="space-y-4">
        <h2 id="term-heading">Committee term</h2>
        <TermForm personId={person.id} termFrom={isoDay(person.committeeTermFrom)} termTo={isoDay(person.committeeTermTo)} />
      </section>

      {person.active && person.invitationPending ? (
        <section aria-labelledby="invite-heading" className="space-y-4">
          <h2 id="invite-heading">Invitation</h2>
          <p>They have not set a password yet. A new link replaces any earlier one.</p>
          <ReissueForm personId={person.id} name={person.name} email={person.email} />
        </section>
      ) : null}

      {person.totpEnabledAt ? (
        <section aria-labelledby="two-factor-heading" className="space-y-4">
          <h2 id="two-factor-heading">Two-factor sign-in</h2>
          <p>If they lost their authenticator, reset it: their sessions end and they set up a new one at their next sign-in.</p>
          <TwoFactorResetForm personId={person.id} />
        </section>
      ) : null}

      <section aria-labelledby="account-heading" className="space-y-4">
        <h2 id="account-heading">Account</h2>
        {person.id === admin.id ? (
          <p>This is your own account: another administrator must deactivate it.</p>
        ) : (
          <>
            <p>{person.active ? "Deactivating ends their sessions at once; they can no longer sign in." : "Reactivating lets them sign in again with their password."}</p>
            <ActiveForm personId={person.id} active={person.active} />
          </>
        )}
      </section>
    </div>
  );
}
