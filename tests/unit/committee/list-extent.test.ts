import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ListExtent } from "@/components/committee/case-file/list-extent";
import { parseShownLists, WHOLE_LIST_LIMIT } from "@/lib/domain/committee/case-file-lists";

const render = (entries: number, total: number, show?: string) =>
  renderToStaticMarkup(createElement(ListExtent, { list: "timeline", window: { entries: Array.from({ length: entries }), total }, shown: parseShownLists(show), noun: "entries" }));

describe("what the case file says of a long list", () => {
  it("says nothing when the whole list fits in its latest entries", () => {
    expect(render(50, 50)).toBe("");
  });

  it("says how many are shown and links to the whole list", () => {
    const html = render(50, 1234);
    expect(html).toContain("Showing the latest 50 of 1,234 entries.");
    expect(html).toContain('href="?show=timeline#timeline"');
    expect(html).toContain("Show all 1,234 entries");
  });

  it("links back to the latest entries once the whole list is shown", () => {
    const html = render(51, 51, "timeline");
    expect(html).toContain("Showing all 51 entries.");
    expect(html).toContain('href="?#timeline"');
  });

  it("says so when even the whole list is more than a page shows at once", () => {
    const html = render(WHOLE_LIST_LIMIT, WHOLE_LIST_LIMIT + 1, "timeline");
    expect(html).toContain(`Showing the latest 2,000 of 2,001 entries. That is the most shown at once.`);
    expect(html).not.toContain("href");
  });
});
