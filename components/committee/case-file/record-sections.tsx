import { deadlineLabel, formatDate, formatDateTime, waitingOnLabel } from "@/lib/domain/committee/format";
import { isShareableWithRespondent } from "@/lib/domain/committee/record-forms";
import { isViewable } from "@/lib/domain/viewable-documents";
import type { CaseDeadline, CaseDocument, CaseRequests } from "@/lib/server/committee/case-file/record";
import { DeadlineTag } from "../deadline-tag";
import { ShareDocumentForm } from "./record-forms";
import { Section } from "./section";

const KIND: Record<string, string> = {
  EVIDENCE: "Evidence",
  INFO_REPLY: "Reply to a request",
  RESPONSE: "CCM's response",
  STATEMENT: "Statement",
  EXHIBIT: "Exhibit",
  HEARING_RECORD: "Hearing record",
  APPEAL: "Appeal",
  COMPLIANCE_EVIDENCE: "Compliance evidence",
  REOPEN_EVIDENCE: "New evidence",
  LETTER: "Letter",
};
const AUDIENCE: Record<string, string> = {
  COMMITTEE_ONLY: "Committee only",
  COMMITTEE_AND_COMPLAINANT: "Complainant",
  COMMITTEE_AND_RESPONDENT: "Case manager",
  ALL_PARTIES: "Both parties",
};

function describeSize(bytes: number): string {
  return bytes < 1024 ? `${bytes} bytes` : bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** `share` (staff only): whether the complainant's identity is withheld from the CCM. */
export function DocumentsSection({ caseId, documents, share }: { caseId: string; documents: CaseDocument[]; share: { identityWithheld: boolean } | null }) {
  const shareable = share ? documents.filter(isShareableWithRespondent) : [];
  return (
    <Section id="documents" title="Documents and letters">
      {documents.length === 0 ? (
        <p>No documents yet.</p>
      ) : (
        <table className="w-full border-collapse text-left">
          <thead>
            <tr className="border-b-2 border-slate-800">
              <th scope="col" className="py-2 pr-4">Document</th>
              <th scope="col" className="py-2 pr-4">Kind</th>
              <th scope="col" className="py-2 pr-4">Shared with</th>
              <th scope="col" className="py-2 pr-4">Added</th>
              <th scope="col" className="py-2">SHA-256</th>
            </tr>
          </thead>
          <tbody>
            {documents.map((doc) => (
              <tr key={doc.id} className="border-b border-slate-300 align-top">
                <th scope="row" className="py-2 pr-4 font-normal">
                  <a href={`/api/documents/${doc.id}`} download>
                    {doc.filename}
                  </a>{" "}
                  <span className="text-sm text-slate-700">({describeSize(doc.size)})</span>
                  {isViewable(doc.mimeType) ? (
                    <>
                      {" "}
                      <a href={`/api/documents/${doc.id}?view=inline`} target="_blank" rel="noopener noreferrer" className="text-sm">
                        View<span className="sr-only"> {doc.filename} (opens in a new tab)</span>
                      </a>
                    </>
                  ) : null}
                </th>
                <td className="py-2 pr-4">
                  {KIND[doc.kind] ?? doc.kind}
                  {doc.letterKind ? `: ${doc.letterKind.replaceAll("_", " ").toLowerCase()}` : ""}
                </td>
                <td className="py-2 pr-4">{AUDIENCE[doc.audience] ?? doc.audience}</td>
                <td className="py-2 pr-4">{formatDateTime(doc.createdAt)}</td>
                <td className="py-2 font-mono text-xs break-all">{doc.sha256.slice(0, 16)}…</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {share && documents.some((doc) => doc.kind !== "LETTER") ? (
        <ShareDocumentForm caseId={caseId} documents={shareable.map((doc) => ({ value: doc.id, label: `${doc.filename} (${KIND[doc.kind] ?? doc.kind})` }))} identityWithheld={share.identityWithheld} />
      ) : null}
    </Section>
  );
}

const STATUS: Record<string, string> = { OPEN: "Open", PAUSED: "Paused", SATISFIED: "Met", FIRED: "Passed", CANCELLED: "Cancelled" };

export function DeadlinesSection({ deadlines, now }: { deadlines: CaseDeadline[]; now: Date }) {
  return (
    <Section id="deadlines" title="Deadlines">
      {deadlines.length === 0 ? (
        <p>No deadlines.</p>
      ) : (
        <table className="w-full border-collapse text-left">
          <thead>
            <tr className="border-b-2 border-slate-800">
              <th scope="col" className="py-2 pr-4">Deadline</th>
              <th scope="col" className="py-2 pr-4">Waiting on</th>
              <th scope="col" className="py-2 pr-4">Due</th>
              <th scope="col" className="py-2">Status</th>
            </tr>
          </thead>
          <tbody>
            {deadlines.map((d) => (
              <tr key={d.id} className="border-b border-slate-300">
                <th scope="row" className="py-2 pr-4 font-normal">
                  {deadlineLabel(d.kind)}
                </th>
                <td className="py-2 pr-4">{waitingOnLabel(d.waitingOn)}</td>
                <td className="py-2 pr-4">{formatDateTime(d.dueAt)}</td>
                <td className="py-2">
                  {d.status === "OPEN" && d.pausedAt === null ? <DeadlineTag dueAt={d.dueAt} now={now} /> : d.pausedAt ? "Paused" : (STATUS[d.status] ?? d.status)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}

const PARTY: Record<string, string> = { COMPLAINANT: "Complainant", CCM: "Case manager", THIRD_PARTY: "Third party" };

/** Requests for information and the CCM's extension requests (the responses themselves are documents). */
export function RequestsSection({ requests, documents }: { requests: CaseRequests; documents: CaseDocument[] }) {
  const responses = documents.filter((d) => d.uploaderKind === "RESPONDENT");
  return (
    <Section id="responses" title="Requests and the case manager's responses">
      <h3>Case manager&apos;s responses and statements</h3>
      {responses.length === 0 ? (
        <p>None received.</p>
      ) : (
        <ul className="list-disc pl-6">
          {responses.map((doc) => (
            <li key={doc.id}>
              <a href={`/api/documents/${doc.id}`} download>
                {doc.filename}
              </a>{" "}
              ({KIND[doc.kind] ?? doc.kind}, {formatDateTime(doc.createdAt)})
            </li>
          ))}
        </ul>
      )}
      <h3>Requests for information</h3>
      {requests.info.length === 0 ? (
        <p>None.</p>
      ) : (
        <ul className="space-y-2">
          {requests.info.map((r) => (
            <li key={r.id} className="border-l-4 border-slate-300 pl-3">
              To {PARTY[r.party] ?? r.party}
              {r.thirdPartyName ? ` (${r.thirdPartyName})` : ""} on {formatDate(r.requestedAt)}, due {formatDate(r.dueAt)}:{" "}
              <span className="whitespace-pre-wrap">{r.items}</span>. {r.answeredAt ? `Answered ${formatDate(r.answeredAt)}${r.answer ? `: ${r.answer}` : "."}` : "Not answered yet."}
            </li>
          ))}
        </ul>
      )}
      <h3>Extension requests</h3>
      {requests.extensions.length === 0 ? (
        <p>None.</p>
      ) : (
        <ul className="space-y-2">
          {requests.extensions.map((r) => (
            <li key={r.id} className="border-l-4 border-slate-300 pl-3">
              {r.daysAsked} days asked on {formatDate(r.requestedAt)}: {r.reason}.{" "}
              {r.ruling ? `${r.ruling === "GRANTED" ? `Granted (${r.daysGranted} days)` : "Refused"} on ${formatDate(r.ruledAt)}.` : "Waiting for the Chair."}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
