import type { Metadata } from "next";
import { CaseHeader } from "@/components/portal/case-header";
import { ComplianceForm } from "@/components/portal/forms/compliance-form";
import { SanctionList } from "@/components/portal/sanction-list";
import { CASE_PAGES } from "@/lib/domain/portal/pages";
import { portalCasePage } from "@/lib/server/portal/page";
import { complianceAction } from "../actions";

export const metadata: Metadata = { title: CASE_PAGES.compliance };

export default async function CompliancePage({ params }: { params: Promise<{ caseId: string }> }) {
  const { caseId } = await params;
  const { portalCase } = await portalCasePage(caseId, "compliance");
  const outstanding = portalCase.sanctions
    .filter((s) => s.status === "ACTIVE")
    .flatMap((s) => s.conditions.filter((c) => c.metAt === null).map((c) => ({ id: c.id, label: c.hours ? `${c.description} (${c.hours} hours)` : c.description })));
  return (
    <>
      <CaseHeader portalCase={portalCase} title={CASE_PAGES.compliance} />
      <section aria-labelledby="conditions" className="space-y-2">
        <h2 id="conditions">Your sanction and its conditions</h2>
        <SanctionList sanctions={portalCase.sanctions} />
      </section>
      {outstanding.length > 0 ? (
        <section aria-labelledby="upload" className="space-y-4">
          <h2 id="upload">Send evidence that a condition is met</h2>
          <p className="max-w-2xl">The ethics coordinator checks your evidence and records the condition as met. You will see it here once verified.</p>
          <ComplianceForm action={complianceAction} caseId={portalCase.id} version={portalCase.version} conditions={outstanding} />
        </section>
      ) : (
        <p>No condition is waiting for evidence from you.</p>
      )}
    </>
  );
}
