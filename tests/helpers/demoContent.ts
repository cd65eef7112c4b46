import path from 'node:path'

import type { NewsFile, PolicyFile, ServiceGuideFile, StationFile, VeteranFile } from '../../src/payload/seed/contentTypes'
import { readFolder } from '../../src/payload/seed/readContent'

const read = <T>(folder: string) => readFolder<T>(path.resolve('content'), folder).map((item) => item.data)

/** The demo content as written in content/: the tests' source of truth for what was seeded. */
export const demoNews = () => read<NewsFile>('news')
export const demoPolicies = () => read<PolicyFile>('policies')
export const demoStations = () => read<StationFile>('stations')
export const demoVeterans = () => read<VeteranFile>('veterans')
export const demoServiceGuides = () => read<ServiceGuideFile>('serviceGuides')
