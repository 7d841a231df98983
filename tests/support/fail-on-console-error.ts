import { afterEach, beforeEach, vi } from "vitest";

// Any console.error during a test is a failure: errors must be handled, not logged and ignored.
let errors: unknown[][] = [];

beforeEach(() => {
  errors = [];
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    errors.push(args);
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  if (errors.length > 0) {
    const first = errors[0]?.map(String).join(" ") ?? "";
    throw new Error(`console.error was called ${errors.length} time(s); first: ${first}`);
  }
});
