import { formatDate } from "@/lib/domain/portal/format";
import type { LetterView } from "@/lib/server/portal/case-parts";

/** Every notice and letter sent to the CCM on this case, newest first; the formal letter's file when there is one. */
export function LetterList({ letters }: { letters: readonly LetterView[] }) {
  if (letters.length === 0) return <p>No letters yet.</p>;
  return (
    <ul className="space-y-3">
      {letters.map((letter) => (
        <li key={letter.id} className="border-l-4 border-slate-400 pl-3">
          <details>
            <summary className="cursor-pointer">
              <span className="font-semibold">{letter.subject}</span> <span className="text-slate-700">sent {formatDate(letter.sentAt)}</span>
            </summary>
            <pre className="mt-2 whitespace-pre-wrap font-sans">{letter.body}</pre>
          </details>
          {letter.documentId ? (
            <a href={`/api/documents/${encodeURIComponent(letter.documentId)}`} download className="mt-1 inline-flex min-h-6 items-center">
              Download the letter<span className="sr-only">: {letter.subject}</span>
            </a>
          ) : letter.formal ? (
            <p className="text-sm text-slate-700">The formal letter is being prepared and will appear here.</p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
