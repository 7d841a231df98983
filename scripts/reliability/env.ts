import { randomBytes } from "node:crypto";

// Imported first by run.ts, before any module that reads these at load time (the logger).
process.env.LOG_LEVEL ??= "warn";
// Every instance and this process (which encrypts the demo accounts' authenticator key) share one.
process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url");
