import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { UnfiledBanner } from "@/app/(admin)/admin/outbox/unfiled-banner";

const render = (count: number, oldestAcceptedAt: Date | null) => renderToStaticMarkup(createElement(UnfiledBanner, { count, oldestAcceptedAt }));

describe("the outbox's warning of complaints waiting to be filed", () => {
  it("says nothing when none waits", () => {
    expect(render(0, null)).toBe("");
  });

  it("says how many, since when, and where to look", () => {
    const html = render(3, new Date("2026-03-02T09:00:00Z"));
    expect(html).toContain('role="status"');
    expect(html).toContain("3 complaints are waiting to be filed");
    expect(html).toContain("accepted them more than 5 minutes ago (the oldest on 2026-03-02 09:00 UTC), and no worker has filed them yet.");
    expect(html).toContain("<code>npm run worker</code>");
  });

  it("speaks of one as one", () => {
    expect(render(1, null)).toContain("1 complaint is waiting to be filed");
    expect(render(1, null)).toContain("accepted it more than 5 minutes ago, and no worker has filed it yet.");
  });
});
