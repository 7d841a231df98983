import type { CaseFileList, ListWindow } from "@/lib/domain/committee/case-file-lists";
import { formatDateTime } from "@/lib/domain/committee/format";
import type { CaseMessage, CaseNote } from "@/lib/server/committee/case-file/record";
import { ListExtent } from "./list-extent";
import { MessageForm, NoteForm } from "./record-forms";
import { Section } from "./section";

const AUTHOR: Record<string, string> = { COMPLAINANT: "Complainant", STAFF: "Ethics coordinator", COMMITTEE: "Committee", SYSTEM: "System", RESPONDENT: "Case manager" };

type Shown = { shown: ReadonlySet<CaseFileList> };

export function MessagesSection({ caseId, messages, shown, canReply, hasComplainant }: { caseId: string; messages: ListWindow<CaseMessage> | null; canReply: boolean; hasComplainant: boolean } & Shown) {
  if (messages === null) {
    return (
      <Section id="messages" title="Messages with the complainant">
        <p>The complainant&apos;s identity is withheld from you, so their messages are shown to staff only.</p>
      </Section>
    );
  }
  return (
    <Section id="messages" title="Messages with the complainant">
      {messages.total === 0 ? <p>No messages.</p> : null}
      <ListExtent list="messages" window={messages} shown={shown} noun="messages" />
      <ol className="space-y-2">
        {messages.entries.map((m) => (
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

export function NotesSection({ caseId, notes, shown }: { caseId: string; notes: ListWindow<CaseNote> } & Shown) {
  return (
    <Section id="notes" title="Internal notes">
      <p className="text-sm text-slate-700">Never shown to the complainant or the case manager.</p>
      {notes.total === 0 ? <p>No notes yet.</p> : null}
      <ListExtent list="notes" window={notes} shown={shown} noun="notes" />
      <ol className="space-y-2">
        {notes.entries.map((n) => (
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
