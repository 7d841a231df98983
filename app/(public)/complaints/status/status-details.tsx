import Link from "next/link";
import { Button } from "@/components/ui/button";
import { SummaryList } from "@/components/ui/summary-list";
import { longDate } from "@/lib/domain/intake/dates";
import { describeSize } from "@/lib/domain/intake/uploads";
import type { StatusView } from "@/lib/server/intake/status/view";
import type { WaitingOn } from "@/lib/workflow";
import { signOutComplainantAction } from "./actions";
import { AnswerForm } from "./answer-form";
import { MessageForm } from "./message-form";

const WAITING: Record<WaitingOn, string> = {
  COMPLAINANT: "You",
  CCM: "The case manager",
  COMMITTEE: "CCMC (the ethics coordinator or the Committee)",
  NONE: "Nobody at the moment",
};

const time = (date: Date) => `${longDate(date)} at ${date.toISOString().slice(11, 16)} UTC`;

/** The signed-in complainant's view of their case: stage, dates, requests, messages, documents, withdrawal. */
export function StatusDetails({ view }: { view: StatusView }) {
  const yourDeadline = view.requests[0]?.dueAt;
  return (
    <>
      <div>
        <p className="text-lg text-slate-700">Your complaint</p>
        <h1>{view.reference}</h1>
      </div>
      <section aria-labelledby="stage" className="space-y-3">
        <h2 id="stage">Where your complaint is now</h2>
        <SummaryList
          rows={[
            { key: "Stage", value: <strong>{view.stage.label}</strong> },
            { key: "What this means", value: view.stage.description },
            { key: "What happens next", value: view.stage.next },
            { key: "Waiting for", value: WAITING[view.waitingOn] },
            { key: "Received", value: longDate(view.receivedAt) },
            ...(view.acknowledgeBy ? [{ key: "We will check it by", value: longDate(view.acknowledgeBy) }] : []),
            ...(view.nextStepBy ? [{ key: "Next step expected by", value: longDate(view.nextStepBy) }] : []),
            ...(yourDeadline ? [{ key: "Your deadline", value: <strong>{longDate(yourDeadline)}</strong> }] : []),
          ]}
        />
      </section>

      {view.requests.length > 0 ? (
        <section aria-labelledby="requests" className="space-y-4 border-l-8 border-brand pl-4">
          <h2 id="requests">We need information from you</h2>
          {view.requests.map((request) => (
            <div key={request.id}>
              <p>On {longDate(request.requestedAt)} we asked for:</p>
              <ul className="list-disc pl-6">
                {request.items.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
              <p className="font-semibold">Please answer by {longDate(request.dueAt)}.</p>
            </div>
          ))}
          <AnswerForm />
        </section>
      ) : null}

      <section aria-labelledby="messages" className="space-y-4">
        <h2 id="messages">Messages</h2>
        {view.messages.length === 0 ? (
          <p>No messages yet.</p>
        ) : (
          <ol className="space-y-3" aria-label="Message history">
            {view.messages.map((message) => (
              <li key={message.id} className={`border-l-4 p-3 ${message.fromYou ? "border-slate-400 bg-slate-50" : "border-brand bg-white"}`}>
                <p className="text-sm text-slate-700">
                  <span className="font-semibold text-slate-900">{message.fromYou ? "You" : "CCMC ethics coordinator"}</span>, {time(message.createdAt)}
                </p>
                <p className="whitespace-pre-line break-words">{message.body}</p>
              </li>
            ))}
          </ol>
        )}
        <MessageForm />
      </section>

      <section aria-labelledby="documents" className="space-y-3">
        <h2 id="documents">Documents</h2>
        {view.documents.length === 0 ? (
          <p>No documents yet.</p>
        ) : (
          <ul className="divide-y divide-slate-300 border-y border-slate-300">
            {view.documents.map((document) => (
              <li key={document.id} className="py-2">
                <a href={`/api/documents/${encodeURIComponent(document.id)}`} className="break-all" download>
                  {document.filename}
                </a>{" "}
                <span className="text-slate-700">
                  ({describeSize(document.size)}, {document.fromYou ? "sent by you" : "from CCMC"} on {longDate(document.createdAt)})
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="withdraw" className="space-y-3">
        <h2 id="withdraw">Withdrawing your complaint</h2>
        {view.withdrawalRequestedAt ? (
          <p>You asked to withdraw the complaint on {longDate(view.withdrawalRequestedAt)}. The Committee Chair will decide and we will write to you.</p>
        ) : view.canWithdraw ? (
          <p>
            You can <Link href="/complaints/status/withdraw">ask to withdraw your complaint</Link>.
          </p>
        ) : (
          <p>The complaint can no longer be withdrawn.</p>
        )}
      </section>

      <form action={signOutComplainantAction}>
        <Button type="submit" variant="secondary">
          Sign out
        </Button>
      </form>
    </>
  );
}
