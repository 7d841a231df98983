/**
 * Runs a db script's body with timing, then exits: PGlite and the WASM schema engine both leave
 * 10-second timers behind that would otherwise keep the process alive after the work is done.
 */
export function runScript(label: string, body: () => Promise<void>): void {
  const started = performance.now();
  body().then(
    () => {
      console.log(`${label}: done in ${((performance.now() - started) / 1000).toFixed(2)} s`);
      process.exit(0);
    },
    (error: unknown) => {
      console.error(`${label} failed:`, error instanceof Error ? error.message : error);
      if (process.env.DEBUG && error instanceof Error) console.error(error.stack);
      process.exit(1);
    },
  );
}
