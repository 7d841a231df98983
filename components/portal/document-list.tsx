import { DOCUMENT_KIND_LABELS, describeSize } from "@/lib/domain/portal/describe";
import { formatDate } from "@/lib/domain/portal/format";
import type { DocumentView } from "@/lib/server/portal/case-parts";

/** Documents the CCM may open, each through the authorised download route. */
export function DocumentList({ documents, empty = "No documents." }: { documents: readonly DocumentView[]; empty?: string }) {
  if (documents.length === 0) return <p>{empty}</p>;
  return (
    <ul className="space-y-2">
      {documents.map((document) => (
        <li key={document.id}>
          <a href={`/api/documents/${encodeURIComponent(document.id)}`} download>
            {document.filename}
          </a>{" "}
          <span className="text-slate-700">
            ({DOCUMENT_KIND_LABELS[document.kind] ?? document.kind}, {describeSize(document.size)}, {document.fromYou ? "sent by you" : "shared with you"} on{" "}
            {formatDate(document.createdAt)})
          </span>
        </li>
      ))}
    </ul>
  );
}
