import Link from "next/link";
import { LATEST_ENTRIES, listHref, type CaseFileList, type ListWindow } from "@/lib/domain/committee/case-file-lists";

/** Says how much of a long list is shown, with the link that opens it whole or back on its latest entries. */
export function ListExtent({ list, window, shown, noun }: { list: CaseFileList; window: ListWindow<unknown>; shown: ReadonlySet<CaseFileList>; noun: string }) {
  const { entries, total } = window;
  if (total <= LATEST_ENTRIES[list]) return null;
  const count = total.toLocaleString("en-US");
  if (entries.length === total) {
    return (
      <p className="text-sm">
        Showing all {count} {noun}. <Link href={listHref(list, shown, false)}>Show only the latest {LATEST_ENTRIES[list]}</Link>
      </p>
    );
  }
  return (
    <p className="text-sm">
      Showing the latest {entries.length.toLocaleString("en-US")} of {count} {noun}.{" "}
      {shown.has(list) ? "That is the most shown at once." : <Link href={listHref(list, shown, true)}>Show all {count} {noun}</Link>}
    </p>
  );
}
