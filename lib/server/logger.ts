import "server-only";
import pino from "pino";

// Structured logs to stdout. Tests keep it quiet unless LOG_LEVEL says otherwise.
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" || process.env.VITEST ? "silent" : "info"),
  base: { app: "docket" },
  redact: ["password", "*.password", "accessCode", "*.accessCode", "token", "*.token"],
});
