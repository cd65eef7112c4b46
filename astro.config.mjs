import node from '@astrojs/node'
import react from '@astrojs/react'
import { defineConfig } from 'astro/config'

import { astroOutDir } from './scripts/lib/buildDirs.mjs'

// The public site. Its own srcDir keeps Astro's pages/ away from Next's Pages Router.
export default defineConfig({
  srcDir: './src/site',
  publicDir: './public',
  outDir: astroOutDir,
  output: 'server',
  adapter: node({ mode: 'standalone' }),
  integrations: [react()],
  server: { port: 4321, host: true },
  build: { inlineStylesheets: 'always' },
  // Reading pages ship no JavaScript: no prefetch, no client router.
  prefetch: false,
  devToolbar: { enabled: false },
  // Every page's Content-Security-Policy, sent as a header: Astro adds script-src and style-src
  // with 'self' and the hashes of the inline scripts and styles it emits (island loader, the
  // inlined CSS), so nothing else inline runs. The map view adds its tile host (stations/map.astro).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
      ],
    },
  },
})
