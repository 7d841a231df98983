import type { NextConfig } from "next";
import { securityHeaderRules } from "./lib/server/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // PGlite loads its WebAssembly and data files from beside its own module (import.meta.url).
  // Bundled into \`next dev\`'s page chunks that URL is not one Node's fs accepts, so a page that
  // opened the embedded database first (DOCKET_WORKER=off: no worker had opened it) answered 500.
  serverExternalPackages: ["@electric-sql/pglite"],
  async headers() {
    return securityHeaderRules(process.env.NODE_ENV === "production");
  },
  // Blocking metadata for every client: the <title> is in the first HTML, not streamed in
  // after it (WCAG 2.4.2; screen readers announce it on load, axe checks it at once).
  htmlLimitedBots: /.*/,
  // Separate build folders let several checkouts' servers (e.g. parallel e2e runs) coexist.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  typedRoutes: false,
  // CI runs `npm run typecheck` (the same tsc, same tsconfig) before it builds and then sets
  // DOCKET_TYPES_CHECKED=1, so the build does not check the whole project a second time.
  typescript: { ignoreBuildErrors: process.env.DOCKET_TYPES_CHECKED === "1" },
  // forbidden() renders app/forbidden.tsx with a 403 for signed-in people without the role.
  experimental: {
    authInterrupts: true,
    // Evidence uploads are server-action posts: up to 10 files of 10 MB each, plus the form.
    serverActions: { bodySizeLimit: "101mb" },
    // The proxy (CSP nonce) sees every page post: it must pass the same bodies on whole (its
    // default buffer is 10 MB, and a longer body reached the action cut short).
    proxyClientMaxBodySize: "101mb",
  },
};

export default nextConfig;
