import { formatDateTime } from "@/lib/domain/committee/format";
import type { CaseMessage, CaseNote } from "@/lib/server/committee/case-file/record";
import { MessageForm, NoteForm } from "./record-forms";
import { Section } from "./section";

const AUTHOR: Record<string, string> = { COMPLAINANT: "Complainant", STAFF: "Ethics coordinator", COMMITTEE: "Committee", SYSTEM: "System", RESPONDENT: "Case manager" };

export function MessagesSection({ caseId, messages, canReply, hasComplainant }: { caseId: string; messages: CaseMessage[] | null; canReply: boolean; hasComplainant: boolean }) {
  if (messages === null) {
    return (
      <Section id="messages" title="Messages with the complainant">
        <p>The complainant&apos;s identity is withheld from you, so their messages are shown to staff only.</p>
      </Section>
    );
  }
  return (
    <Section id="messages" title="Messages with the complainant">
      {messages.length === 0 ? <p>No messages.</p> : null}
      <ol className="space-y-2">
        {messages.map((m) => (
          <li key={m.id} className="border-l-4 border-slate-300 pl-3">
            <p className="text-sm text-slate-700">
              {AUTHOR[m.authorKind] ?? m.authorKind}, {formatDateTime(m.createdAt)}
            </p>
            <p className="whitespace-pre-wrap">{m.body}</p>
          </li>
        ))}
      </ol>
      {canReply && hasComplainant ? <MessageForm caseId={caseId} /> : null}
    </Section>
  );
}

export function NotesSection({ caseId, notes }: { caseId: string; notes: CaseNote[] }) {
  return (
    <Section id="notes" title="Internal notes">
      <p className="text-sm text-slate-700">Never shown to the complainant or the case manager.</p>
      {notes.length === 0 ? <p>No notes yet.</p> : null}
      <ol className="space-y-2">
        {notes.map((n) => (
          <li key={n.id} className="border-l-4 border-amber-600 pl-3">
            <p className="text-sm text-slate-700">
              {n.author.name}, {formatDateTime(n.createdAt)}
            </p>
            <p className="whitespace-pre-wrap">{n.body}</p>
          </li>
        ))}
      </ol>
      <NoteForm caseId={caseId} />
    </Section>
  );
}
