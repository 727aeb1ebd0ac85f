/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships .wasm and data files it loads from its own folder; bundling it would copy them into public output.
  serverExternalPackages: ['@electric-sql/pglite'],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
