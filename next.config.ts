import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite ships a WASM build and data files it loads from its own package folder.
  serverExternalPackages: ["@electric-sql/pglite", "pg", "bcryptjs"],
  poweredByHeader: false,
  // `npm test` type-checks the whole tree (scripts and tests too) once; the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
