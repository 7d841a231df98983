import type { Metadata } from "next";
import Link from "next/link";
import { CaseLink } from "@/components/committee/case-link";
import { DeadlineTag } from "@/components/committee/deadline-tag";
import { QueueCard } from "@/components/committee/queue-card";
import { deadlineLabel, formatDate, stateLabel, waitingOnLabel } from "@/lib/domain/committee/format";
import { SOON_DAYS } from "@/lib/domain/committee/queues";
import { ROLE_LABELS } from "@/lib/domain/roles";
import { committeePageViewer } from "@/lib/server/committee/actor";
import { loadAssignedToMe, loadDeadlineAlerts, loadQueues } from "@/lib/server/committee/queues";
import { db } from "@/lib/server/db";

export const metadata: Metadata = { title: "Committee workspace" };

export default async function CommitteeDashboard() {
  const { user, actor } = await committeePageViewer("/committee");
  const now = new Date();
  const queues = await loadQueues(db, actor);
  const assigned = await loadAssignedToMe(db, actor);
  const alerts = await loadDeadlineAlerts(db, actor, now);
  return (
    <div className="space-y-10">
      <div>
        <h1>Committee workspace</h1>
        <p className="mt-2">
          Signed in as {user.name} ({user.roles.map((role) => ROLE_LABELS[role]).join(", ")}).
        </p>
      </div>

      <section aria-labelledby="deadlines-heading">
        <h2 id="deadlines-heading">Deadlines overdue or due within {SOON_DAYS} days</h2>
        {alerts.length === 0 ? (
          <p className="mt-2">No deadline is overdue or due soon.</p>
        ) : (
          <table className="mt-2 w-full border-collapse text-left">
            <thead>
              <tr className="border-b-2 border-slate-800">
                <th scope="col" className="py-2 pr-4">Case</th>
                <th scope="col" className="py-2 pr-4">Deadline</th>
                <th scope="col" className="py-2 pr-4">Waiting on</th>
                <th scope="col" className="py-2 pr-4">Due</th>
                <th scope="col" className="py-2">Status</th>
              </tr>
            </thead>
            <tbody>
              {alerts.map((alert) => (
                <tr key={`${alert.caseId}:${alert.kind}:${alert.dueAt.toISOString()}`} className="border-b border-slate-300">
                  <th scope="row" className="py-2 pr-4 font-normal">
                    <CaseLink id={alert.caseId} reference={alert.reference} />
                  </th>
                  <td className="py-2 pr-4">{deadlineLabel(alert.kind)}</td>
                  <td className="py-2 pr-4">{waitingOnLabel(alert.waitingOn)}</td>
                  <td className="py-2 pr-4">{formatDate(alert.dueAt)}</td>
                  <td className="py-2">
                    <DeadlineTag dueAt={alert.dueAt} now={now} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="mine-heading">
        <h2 id="mine-heading">Assigned to me ({assigned.count})</h2>
        {assigned.cases.length === 0 ? (
          <p className="mt-2">No open case is assigned to you, and you sit on no pending hearing or appeal panel.</p>
        ) : (
          <ul className="mt-2 space-y-1">
            {assigned.cases.map((item) => (
              <li key={item.id}>
                <CaseLink id={item.id} reference={item.reference} /> <span className="text-sm text-slate-700">{item.respondentName} · {stateLabel(item.state)}</span>
              </li>
            ))}
          </ul>
        )}
        {assigned.count > assigned.cases.length ? (
          <p className="mt-2">
            <Link href="/committee/cases?mine=1">All cases assigned to me</Link>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="queues-heading">
        <h2 id="queues-heading">Work queues</h2>
        <div className="mt-4 grid gap-4 md:grid-cols-2">
          {queues.map((queue) => (
            <QueueCard key={queue.key} id={queue.key} label={queue.label} count={queue.count} cases={queue.cases} href={`/committee/cases?queue=${queue.key}`} />
          ))}
        </div>
      </section>
    </div>
  );
}
