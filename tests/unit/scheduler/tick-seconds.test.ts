import { describe, expect, it } from "vitest";
import { tickSeconds, workerOptionsFromEnv } from "@/lib/server/scheduler/from-env";
import type { Db } from "@/lib/server/db-factory";

const env = (values: Record<string, string>) => values as NodeJS.ProcessEnv;

describe("SCHEDULER_TICK_SECONDS", () => {
  it("defaults to a minute", () => {
    expect(tickSeconds(env({}))).toBe(60);
  });

  it("takes a whole number of seconds from 1 to 3600", () => {
    expect(tickSeconds(env({ SCHEDULER_TICK_SECONDS: "1" }))).toBe(1);
    expect(tickSeconds(env({ SCHEDULER_TICK_SECONDS: "3600" }))).toBe(3600);
  });

  it("ignores anything else and keeps the default", () => {
    for (const value of ["0", "-5", "1.5", "3601", "soon", ""]) expect(tickSeconds(env({ SCHEDULER_TICK_SECONDS: value })), value).toBe(60);
  });

  it("reaches the worker's options", () => {
    const options = workerOptionsFromEnv({} as Db, env({ SCHEDULER_TICK_SECONDS: "2" }));
    expect(options.tickMs).toBe(2000);
  });
});
