import Link from "next/link";

/** A case's reference as a link to its file. */
export function CaseLink({ id, reference }: { id: string; reference: string }) {
  return (
    <Link href={`/committee/cases/${id}`} className="font-mono">
      {reference}
    </Link>
  );
}
