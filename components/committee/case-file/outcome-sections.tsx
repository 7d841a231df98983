import { APPEAL_GROUND_INFO, type AppealGround } from "@/lib/domain/appeal-grounds";
import { formatDate, formatDateTime } from "@/lib/domain/committee/format";
import { DISMISSAL_REASON_INFO, type DismissalReason } from "@/lib/domain/reason-codes";
import { SANCTION_INFO, type SanctionType } from "@/lib/domain/sanctions";
import type { CaseOutcomes } from "@/lib/server/committee/case-file/outcomes";
import { Section } from "./section";

const STAGE: Record<string, string> = { PRELIMINARY: "Preliminary review", COMMITTEE: "Committee", PROPOSED: "Proposed disposition", HEARING: "Hearing panel", APPEAL: "Appeal panel", REOPEN: "Petition to reopen" };
const CHOICE: Record<string, string> = { FOR: "for", AGAINST: "against", ABSTAIN: "abstained" };

function describeActions(actions: unknown): string {
  if (!Array.isArray(actions) || actions.length === 0) return "No action";
  return actions
    .map((action: { type?: string; termMonths?: number; conditions?: { description?: string }[] }) => {
      const label = SANCTION_INFO[action.type as SanctionType]?.label ?? String(action.type);
      const term = action.termMonths ? ` for ${action.termMonths} months` : "";
      const conditions = action.conditions?.length ? ` (conditions: ${action.conditions.map((c) => c.description).join("; ")})` : "";
      return `${label}${term}${conditions}`;
    })
    .join("; ");
}

function describeProvisions(provisions: unknown): string {
  return Array.isArray(provisions) && provisions.length > 0 ? provisions.map((p: { code?: string }) => p.code).join(", ") : "—";
}

/**
 * While the Committee reconsiders a remanded case (the appeal's decision is still the latest one),
 * the appeal panel's instructions head the section: they say what the fresh decision must address.
 */
function RemandNotice({ outcomes }: { outcomes: CaseOutcomes }) {
  const [appeal] = outcomes.appeals;
  if (appeal?.outcome !== "REMANDED" || outcomes.decisions[0]?.stage !== "APPEAL") return null;
  return (
    <div role="note" className="space-y-1 border-l-4 border-amber-600 bg-amber-50 p-3">
      <p className="font-semibold">Remanded by the appeal panel on {formatDate(appeal.decidedAt)}: the Committee decides again.</p>
      <p className="whitespace-pre-wrap">Instructions: {appeal.instructions ?? "none recorded"}</p>
    </div>
  );
}

export function DecisionsSection({ outcomes }: { outcomes: CaseOutcomes }) {
  const { decisions, hearings, appeals, sanctions, petitions } = outcomes;
  return (
    <Section id="decisions" title="Decisions, hearings, appeals and sanctions">
      <RemandNotice outcomes={outcomes} />
      {decisions.length === 0 ? <p>No decision yet.</p> : null}
      {decisions.map((d) => (
        <article key={d.id} className="space-y-1 border-l-4 border-brand pl-3">
          <h3>
            {STAGE[d.stage] ?? d.stage}: {d.outcome.toLowerCase()} ({formatDate(d.decidedAt)})
          </h3>
          {d.reasonCode ? <p>Reason: {DISMISSAL_REASON_INFO[d.reasonCode as DismissalReason]?.label ?? d.reasonCode}</p> : null}
          {d.findings ? <p className="whitespace-pre-wrap">Findings: {d.findings}</p> : null}
          <p>Provisions: {describeProvisions(d.provisions)}</p>
          <p>Action: {describeActions(d.actions)}</p>
          {d.reasons ? <p className="whitespace-pre-wrap">Reasons: {d.reasons}</p> : null}
          {d.votes.length > 0 ? <p>Votes: {d.votes.map((v) => `${v.person.name} ${CHOICE[v.choice] ?? v.choice}`).join(", ")}</p> : null}
          <p className="text-sm text-slate-700">
            {d.issuedAt ? `Issued ${formatDate(d.issuedAt)}` : "Not issued to the parties"}
            {d.acceptedAt ? `; accepted in writing ${formatDate(d.acceptedAt)}` : ""}
            {d.adoptsProposal ? "; adopts the proposed disposition" : ""}
          </p>
        </article>
      ))}
      {hearings.length > 0 ? <h3>Hearings</h3> : null}
      {hearings.map((h) => (
        <article key={h.id} className="space-y-1 border-l-4 border-slate-400 pl-3">
          <p>
            <strong>{h.status.toLowerCase()}</strong> (called by {h.initiatedBy === "CCM" ? "the case manager" : "the Committee"})
            {h.scheduledFor ? `, ${formatDateTime(h.scheduledFor)}` : ", no date yet"}
            {h.format ? `, ${h.format.replace("_", " ").toLowerCase()}` : ""}
            {h.location ? ` at ${h.location}` : ""}
            {h.link ? ` (${h.link})` : ""}
          </p>
          {h.panel.length > 0 ? (
            <p>Panel: {h.panel.map((p) => `${p.person.name}${p.present === true ? " (present)" : p.present === false ? " (absent)" : ""}`).join(", ")}</p>
          ) : null}
          {h.heldAt ? (
            <p>
              Held {formatDateTime(h.heldAt)}
              {h.inAbsentia ? ", in the case manager's absence" : ""}
              {h.writtenStatementReceived ? "; the case manager's written statement was received" : ""}.
            </p>
          ) : null}
          {h.recordDocumentId ? (
            <p>
              <a href={`/api/documents/${h.recordDocumentId}`} download>
                Hearing record
              </a>
            </p>
          ) : null}
        </article>
      ))}
      {appeals.length > 0 ? <h3>Appeals</h3> : null}
      {appeals.map((a) => (
        <article key={a.id} className="space-y-1 border-l-4 border-slate-400 pl-3">
          <p>
            Filed {formatDate(a.filedAt)} on the grounds: {a.grounds.map((g) => APPEAL_GROUND_INFO[g as AppealGround]?.label ?? g).join(", ")}.
          </p>
          <p className="whitespace-pre-wrap">{a.statement}</p>
          <p>Panel: {a.panel.length > 0 ? a.panel.map((p) => p.person.name).join(", ") : "not yet assigned"}</p>
          <p>{a.outcome ? `Decided ${formatDate(a.decidedAt)}: ${a.outcome.toLowerCase()}${a.reasons ? `. ${a.reasons}` : ""}` : "Not decided yet."}</p>
          {a.outcome === "REMANDED" && a.instructions ? <p className="whitespace-pre-wrap">Instructions to the Committee: {a.instructions}</p> : null}
        </article>
      ))}
      {sanctions.length > 0 ? <h3>Sanctions</h3> : null}
      {sanctions.length > 0 ? (
        <table className="w-full border-collapse text-left">
          <thead>
            <tr className="border-b-2 border-slate-800">
              <th scope="col" className="py-2 pr-4">Sanction</th>
              <th scope="col" className="py-2 pr-4">Status</th>
              <th scope="col" className="py-2 pr-4">In effect</th>
              <th scope="col" className="py-2">Conditions</th>
            </tr>
          </thead>
          <tbody>
            {sanctions.map((s) => (
              <tr key={s.id} className="border-b border-slate-300 align-top">
                <th scope="row" className="py-2 pr-4 font-normal">
                  {SANCTION_INFO[s.type as SanctionType].label}
                  {s.termMonths ? `, ${s.termMonths} months` : ""}
                  {s.isPublic ? " (public)" : ""}
                </th>
                <td className="py-2 pr-4">{s.status.replace("_", " ").toLowerCase()}</td>
                <td className="py-2 pr-4">{s.startsAt ? `${formatDate(s.startsAt)}${s.endsAt ? ` to ${formatDate(s.endsAt)}` : ""}` : "—"}</td>
                <td className="py-2">
                  {s.conditions.length === 0
                    ? "—"
                    : s.conditions.map((c) => `${c.description}${c.hours ? ` (${c.hours} h)` : ""}${c.dueAt ? `, due ${formatDate(c.dueAt)}` : ""}: ${c.metAt ? `met ${formatDate(c.metAt)}` : "outstanding"}`).join("; ")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {petitions.length > 0 ? <h3>Petitions to reopen</h3> : null}
      {petitions.map((p) => (
        <p key={p.id} className="whitespace-pre-wrap border-l-4 border-slate-400 pl-3">
          By {p.filedByKind === "CCM" ? "the case manager" : "the Committee"} on {formatDate(p.filedAt)}: {p.grounds} {p.ruling ? `Ruling: ${p.ruling.toLowerCase()} (${formatDate(p.ruledAt)}).` : "Waiting for a ruling."}
        </p>
      ))}
    </Section>
  );
}
