import { HEARING_FORMAT_LABELS } from "@/lib/domain/portal/describe";
import { formatDeadline } from "@/lib/domain/portal/format";
import type { HearingView } from "@/lib/server/portal/case-parts";

/** The Notice of Hearing as the CCM needs it: when, how, where, and who sits on the panel. */
export function HearingDetails({ hearing }: { hearing: HearingView }) {
  if (!hearing.scheduledFor) {
    return (
      <p>
        A hearing has been {hearing.initiatedBy === "CCM" ? "requested by you" : "called by the Committee"}. The Committee Chair will set the date and the
        panel; you will receive a Notice of Hearing at least 30 days before it.
      </p>
    );
  }
  return (
    <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
      <dt className="font-semibold">Date and time</dt>
      <dd>
        {formatDeadline(hearing.scheduledFor)}
        {hearing.status === "HELD" ? ` (held${hearing.inAbsentia ? " in your absence" : ""}${hearing.writtenStatementReceived ? "; your written statement was received" : ""})` : ""}
      </dd>
      <dt className="font-semibold">Format</dt>
      <dd>{hearing.format ? HEARING_FORMAT_LABELS[hearing.format] : "To be confirmed"}</dd>
      {hearing.location ? (
        <>
          <dt className="font-semibold">Place</dt>
          <dd>{hearing.location}</dd>
        </>
      ) : null}
      {hearing.link ? (
        <>
          <dt className="font-semibold">Video link</dt>
          <dd className="break-all">{hearing.link}</dd>
        </>
      ) : null}
      <dt className="font-semibold">Panel</dt>
      <dd>
        <ul>
          {hearing.panel.map((member) => (
            <li key={member.personId}>{member.name}</li>
          ))}
        </ul>
      </dd>
      {hearing.challengeUntil ? (
        <>
          <dt className="font-semibold">Challenge a member by</dt>
          <dd>{formatDeadline(hearing.challengeUntil)}</dd>
        </>
      ) : null}
    </dl>
  );
}
