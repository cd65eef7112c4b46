import { withPayload } from '@payloadcms/next/withPayload'

import { nextDistDir } from './scripts/lib/buildDirs.mjs'

/** Next.js only hosts Payload's admin panel and REST/GraphQL API; the public site is Astro. */
const nextConfig = {
  poweredByHeader: false,
  distDir: nextDistDir,
  // Type checks run in `npm test`; the production build does not repeat them.
  typescript: { ignoreBuildErrors: true },
  // Uploaded files have one address on both servers (see src/payload/rules/mediaUrl.ts).
  rewrites: async () => [{ source: '/media/:filename', destination: '/api/media/file/:filename' }],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
