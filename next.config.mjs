/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships .wasm and data files it loads from its own folder; bundling it would copy them into public output.
  // rate-limiter-flexible loads drizzle-orm with a computed import() that a bundle cannot resolve.
  serverExternalPackages: ['@electric-sql/pglite', 'rate-limiter-flexible'],
  poweredByHeader: false,
  // A second build (the load script's, a helper's) must not overwrite the one `next start` is serving.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  typedRoutes: false,
};

export default nextConfig;
