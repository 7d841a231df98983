import type { Metadata } from "next";
import { StepHeader } from "@/components/intake/step-header";
import { describeSize, MAX_FILES } from "@/lib/domain/intake/uploads";
import { db } from "@/lib/server/db";
import { listDraftFiles } from "@/lib/server/intake/draft-files";
import { param, requireDraft, type SearchParams } from "@/lib/server/intake/pages";
import { removeFileAction } from "../actions";
import { EvidenceForm } from "./form";

export const metadata: Metadata = { title: "Evidence · Make a complaint" };

export default async function EvidencePage({ searchParams }: { searchParams: SearchParams }) {
  const draft = await requireDraft();
  const returnToCheck = param(await searchParams, "return") === "check";
  const files = await listDraftFiles(db, draft.id);
  return (
    <div className="max-w-3xl">
      <StepHeader step="evidence" returnToCheck={returnToCheck} />
      <h1 className="mb-4">Upload documents or photos (optional)</h1>
      <p className="mb-6">
        For example letters, emails, care plans, bills or photos. Only the Committee and staff see them unless we tell you otherwise. If you have
        nothing to upload, select Continue.
      </p>
      {files.length > 0 ? (
        <section aria-labelledby="uploaded" className="mb-8">
          <h2 id="uploaded" className="mb-3 text-xl">
            Files uploaded ({files.length} of {MAX_FILES})
          </h2>
          <ul className="divide-y divide-slate-300 border-y border-slate-300">
            {files.map((file) => (
              <li key={file.id} className="flex flex-wrap items-center justify-between gap-4 py-3">
                <p>
                  <span className="font-semibold break-all">{file.filename}</span> <span className="text-slate-700">({describeSize(file.size)})</span>
                </p>
                <form action={removeFileAction}>
                  <input type="hidden" name="fileId" value={file.id} />
                  {returnToCheck ? <input type="hidden" name="return" value="check" /> : null}
                  <button type="submit" className="min-h-11 px-2 text-brand underline underline-offset-2">
                    Remove<span className="sr-only"> {file.filename}</span>
                  </button>
                </form>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <EvidenceForm returnToCheck={returnToCheck} room={MAX_FILES - files.length} />
    </div>
  );
}
