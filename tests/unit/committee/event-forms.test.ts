import { describe, expect, it } from "vitest";
import { EVENT_FORM_PARSERS } from "@/lib/domain/committee/event-forms/parsers";
import { parseEventForm } from "@/lib/domain/committee/event-forms/validate";
import { parseCaseSearch, prefixTsQuery } from "@/lib/domain/committee/case-search";
import { describeDaysLeft } from "@/lib/domain/committee/format";
import { EVENT_UPLOADS } from "@/lib/domain/committee/event-forms/uploads";
import { EVENT_ACTORS, EVENT_TYPES } from "@/lib/workflow";
import { EventSchema } from "@/lib/workflow/events";

function formOf(fields: Record<string, string | string[]>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const item of Array.isArray(value) ? value : [value]) form.append(key, item);
  return form;
}

const ctx = { codeVersion: 2023 };
const COMMITTEE_SIDE = ["STAFF", "COMMITTEE_MEMBER", "COMMITTEE_CHAIR", "COMMITTEE_VICE_CHAIR", "HEARING_PANEL_MEMBER", "APPEAL_PANEL_MEMBER"];

describe("committee event forms", () => {
  it("have a form for every event a committee-side person may send (SUBMIT is the intake's)", () => {
    const committeeEvents = EVENT_TYPES.filter((type) => type !== "SUBMIT" && (EVENT_ACTORS[type] as readonly string[]).some((ref) => COMMITTEE_SIDE.includes(ref)));
    expect(committeeEvents.filter((type) => !EVENT_FORM_PARSERS[type])).toEqual([]);
  });

  it("send files with every committee form whose event carries documents, under a key its payload accepts", () => {
    const shapes = new Map(EventSchema.options.map((option) => [option.shape.type.value, Object.keys(option.shape)]));
    const carryDocuments = [...shapes].filter(([type, keys]) => EVENT_FORM_PARSERS[type] && keys.some((key) => key === "documentIds" || key === "recordDocumentId")).map(([type]) => type);
    expect(carryDocuments.filter((type) => !EVENT_UPLOADS[type])).toEqual([]);
    for (const [type, spec] of Object.entries(EVENT_UPLOADS)) expect(shapes.get(type as never), type).toContain(spec.payloadKey);
    // Committee only unless the form says otherwise: the hearing record (the CCM may read it) and a ticked share box.
    expect(Object.entries(EVENT_UPLOADS).filter(([, spec]) => spec.audience !== "COMMITTEE_ONLY").map(([type]) => type)).toEqual(["RECORD_HEARING_HELD"]);
  });

  it("turn a proposal form into the workflow's event: provisions, actions with terms and conditions, votes", () => {
    const parsed = parseEventForm(
      "PROPOSE_DISPOSITION",
      formOf({
        findings: "Ended services without notice.",
        provisions: ["S11", "S3"],
        action: ["SUSPENSION", "LETTER_OF_INSTRUCTION"],
        "term:SUSPENSION": "6",
        "cond.0.action": "SUSPENSION",
        "cond.0.kind": "CE_HOURS",
        "cond.0.description": "Ethics CE",
        "cond.0.hours": "8",
        "cond.0.due": "2026-09-30",
        reasons: "As found.",
        "vote:p1": "FOR",
        "vote:p2": "AGAINST",
        "vote:p3": "",
      }),
      ctx,
    );
    expect(parsed).toMatchObject({
      ok: true,
      event: {
        type: "PROPOSE_DISPOSITION",
        provisions: [
          { codeVersion: 2023, code: "S11" },
          { codeVersion: 2023, code: "S3" },
        ],
        actions: [
          { type: "SUSPENSION", termMonths: 6, conditions: [{ kind: "CE_HOURS", hours: 8, description: "Ethics CE", dueAt: new Date("2026-09-30T23:59:59.999Z") }] },
          { type: "LETTER_OF_INSTRUCTION", conditions: [] },
        ],
        votes: [
          { personId: "p1", choice: "FOR" },
          { personId: "p2", choice: "AGAINST" },
        ],
      },
    });
  });

  it("name the form field of each problem, in words", () => {
    const parsed = parseEventForm("SCHEDULE_HEARING", formOf({ date: "next week", format: "VIDEO" }), ctx);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    // The schema's cross-field checks (a video hearing needs a link) run once the fields themselves are right.
    expect(Object.keys(parsed.fieldErrors).sort()).toEqual(["date", "panel"]);
    expect(parsed.fieldErrors.panel).toEqual(["Choose or enter the panel"]);
    const stray = parseEventForm("PROPOSE_DISPOSITION", formOf({ action: ["PRIVATE_REPRIMAND"], "cond.0.action": "PROBATION", "cond.0.description": "x" }), ctx);
    expect(stray.ok ? [] : stray.fieldErrors.actions?.[0]).toMatch(/Attach each condition/);
  });

  it("reads a hearing's date and time as UTC, with seconds when the browser sends them", () => {
    const at = (time?: string) => {
      const parsed = parseEventForm("POSTPONE_HEARING", formOf({ requestedBy: "COMMITTEE", date: "2027-01-15", ...(time ? { time } : {}), reasons: "Panel unwell." }), ctx);
      return parsed.ok && parsed.event.type === "POSTPONE_HEARING" ? parsed.event.newDate : parsed;
    };
    expect(at("14:30")).toEqual(new Date("2027-01-15T14:30:00.000Z"));
    expect(at("14:30:45")).toEqual(new Date("2027-01-15T14:30:45.000Z"));
    expect(at()).toEqual(new Date("2027-01-15T09:00:00.000Z"));
    expect(at("2pm")).toMatchObject({ ok: false, fieldErrors: { date: [expect.any(String)] } });
  });

  it("reads a hearing's attendance and absence consistently", () => {
    expect(parseEventForm("RECORD_HEARING_HELD", formOf({ present: ["a", "b", "c"], appeared: "no" }), ctx)).toMatchObject({
      ok: true,
      event: { presentPanelPersonIds: ["a", "b", "c"], respondentAppeared: false, inAbsentia: true },
    });
    const missing = parseEventForm("RECORD_HEARING_HELD", formOf({ present: ["a"] }), ctx);
    expect(missing.ok ? null : missing.fieldErrors.appeared).toEqual(["Enter whether the case manager appeared"]);
  });

  it("refuses an unknown event type without throwing", () => {
    expect(parseEventForm("SUBMIT", formOf({}), ctx)).toEqual({ ok: false, fieldErrors: { _form: ["This action has no form here."] } });
  });
});

describe("case search parameters", () => {
  it("make prefix queries of words only", () => {
    expect(prefixTsQuery("Rivera, J. & co")).toBe("rivera:* & j:* & co:*");
    expect(prefixTsQuery("  ' ; ")).toBeNull();
    expect(prefixTsQuery("Zoë")).toBe("zoe:*");
  });

  it("keep good filters and drop bad ones", () => {
    expect(parseCaseSearch({ q: "  ", provision: "s11", flags: ["late", "x"], page: "2" })).toMatchObject({ q: undefined, provision: "S11", flags: ["late"], page: 2 });
    expect(parseCaseSearch({ provision: "P1", queue: "nope", to: "2026-02-30" })).toMatchObject({ provision: undefined, queue: undefined, to: undefined });
  });

  it("describe days left and overdue", () => {
    const now = new Date("2026-03-02T09:00:00Z");
    expect(describeDaysLeft(new Date("2026-03-05T23:59:59Z"), now)).toBe("3 days left");
    expect(describeDaysLeft(new Date("2026-03-02T23:59:59Z"), now)).toBe("due today");
    expect(describeDaysLeft(new Date("2026-02-27T23:59:59Z"), now)).toBe("3 days overdue");
  });
});
