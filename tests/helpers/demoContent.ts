import path from 'node:path'

import type { NewsFile } from '../../src/payload/seed/contentTypes'
import { readFolder } from '../../src/payload/seed/readContent'

/** The demo news as written in content/: the tests' source of truth for what was seeded. */
export const demoNews = () => readFolder<NewsFile>(path.resolve('content'), 'news').map((item) => item.data)
