/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships .wasm and data files it loads from its own folder; bundling it would copy them into public output.
  serverExternalPackages: ['@electric-sql/pglite'],
  poweredByHeader: false,
  // A second build (the load script's, a helper's) must not overwrite the one `next start` is serving.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  typedRoutes: false,
  experimental: {
    // Next.js copies the body of every request its proxy sees into memory, up to this size (10 MB by default), and
    // reads the rest off the socket before the proxy's answer goes out. Pages take no body (the proxy answers 405),
    // and the API, which the proxy does not see, has its own limit (server/api/http-guard.ts).
    proxyClientMaxBodySize: '1kb',
  },
};

export default nextConfig;
