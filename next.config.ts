import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Separate build folders let several checkouts' servers (e.g. parallel e2e runs) coexist.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  typedRoutes: false,
  // forbidden() renders app/forbidden.tsx with a 403 for signed-in people without the role.
  experimental: {
    authInterrupts: true,
    // Evidence uploads are server-action posts: up to 10 files of 10 MB each, plus the form.
    serverActions: { bodySizeLimit: "101mb" },
  },
};

export default nextConfig;
