import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * The attack surface, found on disk at test time (never listed by hand): every export of every
 * "use server" module under app/ and lib/, and every HTTP method exported by an app/ route.ts.
 * Keys are "file#export", the table's keys, so a new action or route nobody put in the table
 * fails the matrix test.
 */

const ROOT = path.resolve(import.meta.dirname, "../../..");
const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];
const SOURCE = /\.(ts|tsx)$/;

function filesUnder(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && SOURCE.test(entry.name))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)));
}

const isServerModule = (text: string) => /^\s*["']use server["'];?/.test(text);

export interface SurfaceFile {
  file: string;
  kind: "action" | "route";
}

/** Files that hold actions or routes, and files with an inline "use server" the matrix cannot reach. */
export function surfaceFiles(): { files: SurfaceFile[]; inline: string[] } {
  const files: SurfaceFile[] = [];
  const inline: string[] = [];
  for (const file of [...filesUnder("app"), ...filesUnder("lib")].sort()) {
    const text = readFileSync(path.join(ROOT, file), "utf8");
    if (isServerModule(text)) files.push({ file, kind: "action" });
    else if (/["']use server["']/.test(text)) inline.push(file);
    if (file.startsWith("app/") && /(^|\/)route\.(ts|tsx)$/.test(file)) files.push({ file, kind: "route" });
  }
  return { files, inline };
}

/** The names a file exports, read from its text (functions, consts and `export { … }` lists). */
export function exportedNames(text: string): string[] {
  const names = new Set<string>();
  for (const m of text.matchAll(/^export\s+(?:async\s+)?function\s*\*?\s*([A-Za-z_$][\w$]*)/gm)) names.add(m[1]!);
  for (const m of text.matchAll(/^export\s+(?:const|let|var)\s+([A-Za-z_$][\w$]*)/gm)) names.add(m[1]!);
  for (const m of text.matchAll(/^export\s+(?:const|let|var)\s+\{([^}]*)\}/gm)) {
    for (const part of m[1]!.split(",")) if (part.trim()) names.add(part.split(":").pop()!.trim());
  }
  for (const m of text.matchAll(/^export\s+\{([^}]*)\}/gm)) {
    for (const part of m[1]!.split(",")) if (part.trim() && !part.trim().startsWith("type ")) names.add(part.split(/\s+as\s+/).pop()!.trim());
  }
  if (/^export\s+default\b/m.test(text)) names.add("default");
  return [...names];
}

/** Every callable entry point, as "file#name": a server module's every export, a route's HTTP methods. */
export function discoverSurface(): string[] {
  const keys: string[] = [];
  for (const { file, kind } of surfaceFiles().files) {
    const names = exportedNames(readFileSync(path.join(ROOT, file), "utf8"));
    for (const name of names) if (kind === "action" || HTTP_METHODS.includes(name)) keys.push(`${file}#${name}`);
  }
  return keys.sort();
}

/** The module behind a surface key, imported the way the app imports it. */
export function importSurface(file: string): Promise<Record<string, unknown>> {
  return import(/* @vite-ignore */ path.join(ROOT, file));
}
