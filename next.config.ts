import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  typedRoutes: false,
  // forbidden() renders app/forbidden.tsx with a 403 for signed-in people without the role.
  experimental: { authInterrupts: true },
};

export default nextConfig;
