/**
 * `next/navigation` as the server layer sees it. Next's bundler resolves `next/navigation` to its
 * react-server variant in server code; plain Node (the bench runs with `--conditions=react-server`,
 * so React is the server build, without createContext) would load the client variant and fail.
 * Scenario A prepares its drafts through the intake's own handlers, whose error path imports
 * `unstable_rethrow` from there, so `npm run bench` loads this first (`--import`) to apply the same
 * alias. Nothing in the app uses it.
 */
import { register } from "node:module";

register(
  "data:text/javascript," +
    encodeURIComponent(
      'export async function resolve(specifier, context, next) { return next(specifier === "next/navigation" ? "next/dist/client/components/navigation.react-server.js" : specifier, context); }',
    ),
  import.meta.url,
);
