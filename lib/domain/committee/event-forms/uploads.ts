import type { EventType } from "@/lib/workflow/events";
import { MAX_FILES } from "@/lib/domain/intake/uploads";

/**
 * The committee forms that send files with their event, shared by the form (field, wording) and
 * the server (how many, stored as what, shown to whom). The files are checked like every upload
 * (lib/server/documents/validate-upload.ts: type from the bytes, size, count, safe name), stored
 * with their sha256 in the transition's transaction, and their ids put in the event's payload
 * (`documentIds`, or `recordDocumentId` for the hearing record), so a refused file or a refused
 * transition writes nothing.
 */

/** Who besides staff and non-recused members may open the files (Prisma's DocumentAudience). */
export type UploadAudience = "COMMITTEE_ONLY" | "COMMITTEE_AND_RESPONDENT";
/** What the files are on the case (Prisma's DocumentKind). */
export type UploadKind = "INFO_REPLY" | "EVIDENCE" | "HEARING_RECORD" | "REOPEN_EVIDENCE";

export interface EventUploadSpec {
  /** The file input's name. */
  field: string;
  label: string;
  /** Said under the label, with who will see the files. */
  hint: string;
  maxFiles: number;
  kind: UploadKind;
  audience: UploadAudience;
  /** A checkbox (this field name) that shows the files to the case manager as well. */
  shareField?: string;
  /** Where the stored id goes in the payload. */
  payloadKey: "documentIds" | "recordDocumentId";
}

/** The checkbox that shares received material with the case manager (INFO_RECEIVED). */
export const SHARE_FIELD = "shareWithRespondent";

const COMMITTEE_ONLY_HINT = "Seen by staff and the Committee only, never by the parties.";

export const EVENT_UPLOADS: Partial<Record<EventType, EventUploadSpec>> = {
  // The complainant's own answer on the status page is stored the same way (INFO_REPLY, committee only).
  COMPLAINANT_CURED: {
    field: "files",
    label: "What the complainant sent (optional)",
    hint: `For information that arrived by post or email. ${COMMITTEE_ONLY_HINT}`,
    maxFiles: MAX_FILES,
    kind: "INFO_REPLY",
    audience: "COMMITTEE_ONLY",
    payloadKey: "documentIds",
  },
  INFO_RECEIVED: {
    field: "files",
    label: "The information received (optional)",
    hint: `From whoever was asked, by post, email or from a third party. ${COMMITTEE_ONLY_HINT}`,
    maxFiles: MAX_FILES,
    kind: "INFO_REPLY",
    audience: "COMMITTEE_ONLY",
    shareField: SHARE_FIELD,
    payloadKey: "documentIds",
  },
  RESUME_FROM_DEFERRAL: {
    field: "files",
    label: "The judgment, order or other outcome (optional)",
    hint: `For example the final judgment or licensing order relied on as proof. ${COMMITTEE_ONLY_HINT}`,
    maxFiles: MAX_FILES,
    kind: "EVIDENCE",
    audience: "COMMITTEE_ONLY",
    payloadKey: "documentIds",
  },
  PETITION_REOPEN: {
    field: "files",
    label: "The new evidence (optional)",
    hint: COMMITTEE_ONLY_HINT,
    maxFiles: MAX_FILES,
    kind: "REOPEN_EVIDENCE",
    audience: "COMMITTEE_ONLY",
    payloadKey: "documentIds",
  },
  RECORD_HEARING_HELD: {
    field: "record",
    label: "Hearing record (transcript or written record)",
    hint: "Kept with the case; the case manager may read it.",
    maxFiles: 1,
    kind: "HEARING_RECORD",
    audience: "COMMITTEE_AND_RESPONDENT",
    payloadKey: "recordDocumentId",
  },
};

/** The audience the form chose: the spec's, or shared with the case manager where the form offers it and it was ticked. */
export function uploadAudience(spec: EventUploadSpec, form: FormData): UploadAudience {
  if (!spec.shareField) return spec.audience;
  const value = form.get(spec.shareField);
  return value === "on" || value === "true" ? "COMMITTEE_AND_RESPONDENT" : spec.audience;
}
