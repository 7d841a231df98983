import type { Metadata } from "next";
import Link from "next/link";
import { requireAdminPage } from "@/lib/server/authz";
import { InviteForm } from "./invite-form";

export const metadata: Metadata = { title: "Invite someone" };

export default async function InvitePage() {
  await requireAdminPage();
  return (
    <div className="max-w-3xl space-y-6">
      <p>
        <Link href="/admin/people">Back to people and roles</Link>
      </p>
      <h1>Invite someone</h1>
      <p>They get a one-time link to set their password, valid for 7 days. Then they sign in with their email address.</p>
      <InviteForm />
    </div>
  );
}
