/**
 * Headers for every answer, pages, API and static files alike (the proxy adds the pages' Content-Security-Policy).
 * `nosniff` keeps a browser from running an API answer or an upload-like file as a script or a page; no site may frame
 * the app (X-Frame-Options for browsers older than `frame-ancestors`); addresses, which name projects and tasks, are
 * not sent to other sites, while same-origin requests keep the `Origin` that the API's cross-site check reads
 * (`no-referrer` would turn it into `null`); the app uses no camera, microphone, location, payment or USB; other
 * sites' windows get no handle on its pages, nor may they load its files.
 */
const everywhere = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'same-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
];

/** The API answers JSON and event streams, never a document: should a browser show one, nothing in it may load or run. */
const api = [{ key: 'Content-Security-Policy', value: "default-src 'none'; frame-ancestors 'none'" }];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships .wasm and data files it loads from its own folder; bundling it would copy them into public output.
  // fs-native-extensions (the data folder's lock) loads its prebuilt native addon from its own folder too;
  // rate-limiter-flexible loads drizzle-orm with a computed import() that a bundle cannot resolve.
  serverExternalPackages: ['@electric-sql/pglite', 'fs-native-extensions', 'rate-limiter-flexible'],
  poweredByHeader: false,
  // `next dev` refuses its hot-reload socket to origins it does not know, and a page opened at 127.0.0.1 then never
  // becomes interactive: the loopback addresses are the same machine as localhost.
  allowedDevOrigins: ['127.0.0.1', '[::1]'],
  // A second build (the load script's, a helper's) must not overwrite the one `next start` is serving.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  typedRoutes: false,
  experimental: {
    // Next.js copies the body of every request its proxy sees into memory, up to this size (10 MB by default), and
    // reads the rest off the socket before the proxy's answer goes out. Pages take no body (the proxy answers 405),
    // and the API, which the proxy does not see, has its own limit (server/api/http-guard.ts).
    proxyClientMaxBodySize: '1kb',
  },
  // The board is `app/projects/[key]/board`, so that only the board opens a task in its panel (board/layout.tsx); its
  // address stays the project's own.
  rewrites: async () => [{ source: '/projects/:key', destination: '/projects/:key/board' }],
  redirects: async () => [{ source: '/projects/:key/board', destination: '/projects/:key', permanent: false }],
  headers: async () => [
    { source: '/:path*', headers: everywhere },
    { source: '/api/:path*', headers: api },
  ],
};

export default nextConfig;
