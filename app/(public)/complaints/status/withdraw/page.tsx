import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { BackLink } from "@/components/ui/back-link";
import { WarningText } from "@/components/ui/panel";
import { currentComplainant } from "@/lib/server/complainant-session";
import { db } from "@/lib/server/db";
import { loadStatusView } from "@/lib/server/intake/status/view";
import { WithdrawForm } from "./form";

export const metadata: Metadata = { title: "Ask to withdraw your complaint" };

export default async function WithdrawPage() {
  const complainant = await currentComplainant(db);
  const view = complainant ? await loadStatusView(db, complainant.complaintId) : null;
  if (!view) redirect("/complaints/status");
  return (
    <div className="max-w-3xl space-y-6">
      <BackLink href="/complaints/status" />
      <h1>Ask to withdraw your complaint {view.reference}</h1>
      {view.canWithdraw ? (
        <>
          <p>
            The Committee Chair decides on a request to withdraw. In serious matters the Committee may continue the case on its own; you would then no
            longer be a party to it.
          </p>
          <WarningText>If the complaint is withdrawn, it is closed. You may be able to file it again later.</WarningText>
          <WithdrawForm />
        </>
      ) : (
        <p>
          {view.withdrawalRequestedAt ? "You have already asked to withdraw this complaint." : "This complaint can no longer be withdrawn."}{" "}
          <a href="/complaints/status">Back to your complaint</a>
        </p>
      )}
    </div>
  );
}
