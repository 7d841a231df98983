/**
 * A formal letter as plain data: what the PDF shows, composed from the case in the transition's
 * transaction and rendered by pdf-document.tsx. Kept free of server imports so the renderer can
 * also run in a worker thread (see render.ts).
 */
export type LetterBlock =
  | { kind: "paragraph"; text: string }
  | { kind: "heading"; text: string }
  | { kind: "list"; items: string[] }
  | { kind: "facts"; rows: [string, string][] };

export interface LetterModel {
  letterhead: { organisation: string; committee: string; address: string; email: string; phone: string };
  /** e.g. "Notice of Complaint". */
  title: string;
  reference: string;
  /** Formatted date of issue. */
  date: string;
  recipient: string[];
  salutation: string;
  blocks: LetterBlock[];
  signatory: { name: string; title: string };
  /** Printed at the foot of each page. */
  footer: string;
}
