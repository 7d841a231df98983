import { describe, expect, it } from "vitest";
import { entriesToRead, LATEST_ENTRIES, listHref, parseShownLists, WHOLE_LIST_LIMIT } from "@/lib/domain/committee/case-file-lists";

describe("the case file's long lists", () => {
  it("reads the lists asked for whole from ?show=, ignoring anything else", () => {
    expect([...parseShownLists(undefined)]).toEqual([]);
    expect([...parseShownLists("timeline")]).toEqual(["timeline"]);
    expect([...parseShownLists(["notes", "bogus", "timeline", "notes"])]).toEqual(["timeline", "notes"]);
    expect([...parseShownLists("Timeline")]).toEqual([]);
  });

  it("reads the latest entries of a list unless it is asked for whole, and never more than the limit", () => {
    const shown = parseShownLists("notes");
    expect(entriesToRead("timeline", shown)).toBe(LATEST_ENTRIES.timeline);
    expect(entriesToRead("notes", shown)).toBe(WHOLE_LIST_LIMIT);
    expect(entriesToRead("messages", shown)).toBe(LATEST_ENTRIES.messages);
  });

  it("links to a list whole or back to its latest entries, keeping the other lists as they are and landing on the list", () => {
    expect(listHref("timeline", parseShownLists(undefined), true)).toBe("?show=timeline#timeline");
    expect(listHref("timeline", parseShownLists("notes"), true)).toBe("?show=timeline&show=notes#timeline");
    expect(listHref("notes", parseShownLists(["timeline", "notes"]), false)).toBe("?show=timeline#notes");
    expect(listHref("notes", parseShownLists("notes"), false)).toBe("?#notes");
  });
});
