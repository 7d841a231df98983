/**
 * The case file's long lists (timeline, internal notes, messages with the complainant) open on
 * their latest entries, with a link to the whole list (`?show=timeline`), as a long issue thread
 * does. A case with hundreds of events stays quick to open, and nothing is cut without saying so.
 */
export const CASE_FILE_LISTS = ["timeline", "notes", "messages"] as const;
export type CaseFileList = (typeof CASE_FILE_LISTS)[number];

/** How many entries each list shows until the whole list is asked for. */
export const LATEST_ENTRIES: Readonly<Record<CaseFileList, number>> = { timeline: 50, notes: 20, messages: 50 };

/** The most any one list shows, even asked for whole: the page stays bounded on a runaway case. */
export const WHOLE_LIST_LIMIT = 2000;

/** A list's shown entries (in its display order) and how many it holds in all. */
export interface ListWindow<T> {
  entries: T[];
  total: number;
}

/** The lists asked for whole, read from the `show` query parameter (unknown values ignored). */
export function parseShownLists(value: string | string[] | undefined): ReadonlySet<CaseFileList> {
  const values = value === undefined ? [] : Array.isArray(value) ? value : [value];
  return new Set(CASE_FILE_LISTS.filter((list) => values.includes(list)));
}

/** How many of `list`'s newest entries to read. */
export function entriesToRead(list: CaseFileList, shown: ReadonlySet<CaseFileList>): number {
  return shown.has(list) ? WHOLE_LIST_LIMIT : LATEST_ENTRIES[list];
}

/** The link that opens `list` whole (`expand`) or back on its latest entries, keeping the other lists as they are. */
export function listHref(list: CaseFileList, shown: ReadonlySet<CaseFileList>, expand: boolean): string {
  const next = CASE_FILE_LISTS.filter((other) => (other === list ? expand : shown.has(other)));
  const query = next.map((other) => `show=${other}`).join("&");
  return `${query ? `?${query}` : "?"}#${list}`;
}
