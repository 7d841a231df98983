import { z } from "zod";
import { CASE_STATES } from "@/lib/workflow/states";
import { QUEUE_KEYS } from "./queues";

/**
 * The case list's query string (filters, search, sort, page). Bad values are dropped, never an
 * error: a hand-edited URL shows the unfiltered list rather than a 500.
 */

export const CASE_SORTS = ["received-desc", "received-asc", "reference", "respondent", "stage"] as const;
export type CaseSort = (typeof CASE_SORTS)[number];
export const CASE_SORT_LABELS: Record<CaseSort, string> = {
  "received-desc": "Newest first",
  "received-asc": "Oldest first",
  reference: "Reference",
  respondent: "Case manager's name",
  stage: "Stage",
};

export const TRIAGE_FLAGS = ["late", "nomatch", "duplicate"] as const;
export type TriageFlag = (typeof TRIAGE_FLAGS)[number];
export const TRIAGE_LABELS: Record<TriageFlag, string> = {
  late: "Filed late",
  nomatch: "No registry match",
  duplicate: "Possible duplicate",
};

export const CASE_PAGE_SIZE = 25;

const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);
const isoDay = z.iso.date();

export const CaseSearchSchema = z.object({
  q: optional(z.string().trim().max(200).transform((value) => value || undefined)),
  queue: optional(z.enum(QUEUE_KEYS as unknown as [string, ...string[]])),
  state: optional(z.enum(CASE_STATES)),
  provision: optional(z.string().trim().toUpperCase().regex(/^[RS][0-9]{1,2}$/)),
  ccm: optional(z.string().trim().max(100).transform((value) => value || undefined)),
  from: optional(isoDay),
  to: optional(isoDay),
  flags: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]).flatMap((item) => item.split(",")))
    .transform((values) => TRIAGE_FLAGS.filter((flag) => values.includes(flag)))
    .catch([]),
  sort: z.enum(CASE_SORTS).catch("received-desc").default("received-desc"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
  mine: optional(z.literal("1")),
});
export type CaseSearch = z.output<typeof CaseSearchSchema>;

/** Parses Next's searchParams (string | string[] | undefined per key). */
export function parseCaseSearch(params: Record<string, string | string[] | undefined>): CaseSearch {
  const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const input = Object.fromEntries(Object.entries(params).map(([key, value]) => [key, key === "flags" ? value : single(value)]));
  const parsed = CaseSearchSchema.safeParse(input);
  return parsed.success ? parsed.data : CaseSearchSchema.parse({});
}

/** The search as query-string pairs (page left out), for links that keep the filters. */
export function searchParamsOf(search: CaseSearch): Record<string, string | undefined> {
  return {
    q: search.q,
    queue: search.queue,
    state: search.state,
    provision: search.provision,
    ccm: search.ccm,
    from: search.from,
    to: search.to,
    flags: search.flags.length > 0 ? search.flags.join(",") : undefined,
    sort: search.sort === "received-desc" ? undefined : search.sort,
    mine: search.mine,
  };
}

/** Words of a free-text query as a prefix tsquery ("rive smi" → "rive:* & smi:*"); null if none. */
export function prefixTsQuery(q: string): string | null {
  const words = q
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0)
    .slice(0, 8);
  return words.length > 0 ? words.map((word) => `${word}:*`).join(" & ") : null;
}

export const REFERENCE_PATTERN = /^EPC-\d{4}-\d{4,}$/i;
