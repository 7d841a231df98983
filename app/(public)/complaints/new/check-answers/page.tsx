import type { Metadata } from "next";
import Link from "next/link";
import { fieldId } from "@/components/ui/field-id";
import { BackLink } from "@/components/ui/back-link";
import { InsetText } from "@/components/ui/panel";
import { SummaryList } from "@/components/ui/summary-list";
import { NOT_LISTED } from "@/lib/domain/intake/case-manager";
import { parseDraft } from "@/lib/domain/intake/draft";
import { stepPath } from "@/lib/domain/intake/steps";
import { isOutsideFilingWindow } from "@/lib/domain/intake/timeliness";
import { loadProcedureRules } from "@/lib/server/cases/procedure-rules";
import { db } from "@/lib/server/db";
import { listDraftFiles } from "@/lib/server/intake/draft-files";
import { requireDraft } from "@/lib/server/intake/pages";
import { findRegistryCandidate } from "@/lib/server/intake/registry";
import { buildSections } from "./sections";
import { SubmitForm } from "./submit-form";

export const metadata: Metadata = { title: "Check your answers · Make a complaint" };

export default async function CheckAnswersPage() {
  const draft = await requireDraft();
  const now = new Date();
  const files = await listDraftFiles(db, draft.id);
  const match = draft.data.answers["case-manager"]?.match;
  const registry = typeof match === "string" && match && match !== NOT_LISTED ? await findRegistryCandidate(db, match) : null;
  const sections = buildSections(draft.data, { files, registryName: registry?.name, now });
  const parsed = parseDraft(draft.data, now);
  const rules = await loadProcedureRules(db);
  const late =
    parsed.ok &&
    isOutsideFilingWindow(parsed.answers.whatHappened.learnedAt, parsed.answers.provisions, rules.filing, now);

  return (
    <div className="max-w-3xl space-y-8">
      <SubmitForm idempotencyKey={draft.data.idempotencyKey} complete={parsed.ok}>
      <div>
        <BackLink href={stepPath("consents")} />
        <h1>Check your answers before sending your complaint</h1>
      </div>
      {sections.map((section) => (
        <section key={section.step} aria-labelledby={fieldId(section.step)} className="space-y-3">
          <h2 id={fieldId(section.step)} tabIndex={-1}>
            {section.title}
          </h2>
          {section.answered ? (
            <SummaryList rows={section.rows} />
          ) : (
            <p>
              Not answered yet. <Link href={stepPath(section.step, { returnToCheck: true })}>Answer the questions about {section.title.toLowerCase()}</Link>
            </p>
          )}
        </section>
      ))}
      {late ? (
        <InsetText>
          You found out about this more than {Math.round(rules.filing.windowDays / 30.4)} months ago. Complaints are normally made within a year of
          finding out. You can still send it: the Committee Chair decides whether to accept it. If there is a reason it could not be made sooner, say so
          in “What happened”.
        </InsetText>
      ) : null}
      <section aria-labelledby="send" className="space-y-4">
        <h2 id="send">Now send your complaint</h2>
        <p>
          By sending this complaint you confirm that, to the best of your knowledge, the details you are providing are correct. You will get a case
          reference and an access code to follow your complaint.
        </p>
      </section>
      </SubmitForm>
    </div>
  );
}
