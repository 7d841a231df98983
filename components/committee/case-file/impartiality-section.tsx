import { CONFLICT_LABELS } from "@/lib/domain/committee/record-forms";
import { formatDate } from "@/lib/domain/committee/format";
import type { CaseImpartiality } from "@/lib/server/committee/case-file/impartiality";
import type { RosterMember } from "@/lib/server/committee/case-file/people";
import type { PanelCheck } from "@/lib/domain/committee/hearing-panel";
import { ChallengeRecordForm, ChallengeRulingForm, ConflictForm, DisclosureForm, RecusalForm } from "./record-forms";
import { Section } from "./section";

export interface ImpartialityViewer {
  /** Sits on the Committee or an appeal panel: declares their own relationship to the parties. */
  declares: boolean;
  /** May rule on recusals and challenges now (Chair, or Vice-Chair when the Chair is conflicted). */
  rules: boolean;
  rulingRefusal: string | null;
  isStaff: boolean;
  ownDeclaration: string | undefined;
}

export function ImpartialitySection(props: {
  caseId: string;
  impartiality: CaseImpartiality;
  roster: { committee: RosterMember[]; appealBody: RosterMember[] };
  panel: PanelCheck | null;
  viewer: ImpartialityViewer;
  disclosureGranted: boolean;
  identityShared: boolean;
}) {
  const { caseId, impartiality, roster, panel, viewer } = props;
  const everyone = [...roster.committee, ...roster.appealBody.filter((m) => !roster.committee.some((c) => c.id === m.id))];
  const names = new Map(everyone.map((m) => [m.id, m.name]));
  const recusable = everyone.filter((m) => !m.recused).map((m) => ({ value: m.id, label: m.name }));
  const pending = impartiality.challenges.filter((c) => c.ruling === null);
  return (
    <Section id="impartiality" title="Conflicts of interest">
      <h3>Declarations</h3>
      {impartiality.declarations.length === 0 ? (
        <p>No member has declared yet.</p>
      ) : (
        <ul className="list-disc pl-6">
          {impartiality.declarations.map((d) => (
            <li key={d.id}>
              {d.person.name}: {CONFLICT_LABELS[d.kind as keyof typeof CONFLICT_LABELS] ?? d.kind}
              {d.details ? ` (${d.details})` : ""}, {formatDate(d.declaredAt)}
            </li>
          ))}
        </ul>
      )}
      <h3>Recusals</h3>
      {impartiality.recusals.length === 0 ? (
        <p>Nobody is recused.</p>
      ) : (
        <ul className="list-disc pl-6">
          {impartiality.recusals.map((r) => (
            <li key={r.id}>
              {r.person.name}, recused by {r.decidedBy.name} on {formatDate(r.at)}: {r.reason}
            </li>
          ))}
        </ul>
      )}
      <h3>Challenges for cause</h3>
      {impartiality.challenges.length === 0 ? (
        <p>No challenges.</p>
      ) : (
        <ul className="list-disc pl-6">
          {impartiality.challenges.map((c) => (
            <li key={c.id}>
              {names.get(c.memberId) ?? "A member"} challenged on {formatDate(c.filedAt)}: {c.grounds}. {c.ruling ? `${c.ruling === "UPHELD" ? "Upheld" : "Rejected"} on ${formatDate(c.ruledAt)}.` : "Waiting for a ruling."}
            </li>
          ))}
        </ul>
      )}
      {panel ? (
        <p role="status" className={`border-l-8 p-3 ${panel.ok ? "border-success bg-green-50" : "border-danger bg-red-50"}`}>
          <strong>Hearing panel check: </strong>
          {panel.eligible} of {panel.panelSize} panel members have no declared conflict or recusal; a quorum of {panel.quorum} is needed.
          {panel.recusedOnPanel.length > 0 ? ` Conflicted: ${panel.recusedOnPanel.join(", ")}.` : ""}
          {panel.ok ? "" : " Postpone the hearing and appoint replacements."}
        </p>
      ) : null}
      {viewer.declares ? (
        <div className="space-y-2">
          <h3>Your declaration</h3>
          <ConflictForm caseId={caseId} current={viewer.ownDeclaration} />
        </div>
      ) : null}
      {viewer.rules ? (
        <div className="space-y-2">
          <h3>Recuse a member</h3>
          <RecusalForm caseId={caseId} members={recusable} />
          {pending.length > 0 ? (
            <>
              <h3>Rule on a challenge</h3>
              <ChallengeRulingForm caseId={caseId} challenges={pending.map((c) => ({ value: c.id, label: `${names.get(c.memberId) ?? "A member"}: ${c.grounds.slice(0, 60)}` }))} />
            </>
          ) : null}
          {!props.disclosureGranted && !props.identityShared ? (
            <>
              <h3>Complainant&apos;s identity</h3>
              <DisclosureForm caseId={caseId} />
            </>
          ) : null}
        </div>
      ) : viewer.rulingRefusal && (viewer.declares || viewer.isStaff) ? (
        <p className="text-sm text-slate-700">{viewer.rulingRefusal}</p>
      ) : null}
      {viewer.isStaff ? (
        <div className="space-y-2">
          <h3>Record a challenge received from the case manager</h3>
          <ChallengeRecordForm caseId={caseId} members={recusable} />
        </div>
      ) : null}
    </Section>
  );
}
