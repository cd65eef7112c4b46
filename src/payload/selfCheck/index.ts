/**
 * 检查指标 self-check: what an inspector of 《政府网站与政务新媒体检查指标》 would find, run daily and
 * on demand, kept as history. Rules are pure (rules.ts); facts.ts reads the database; run.ts
 * judges; SelfCheckRuns.ts keeps the runs and schedules the job.
 */
import type { Config, Plugin } from 'payload'

import { SelfCheckRuns, selfCheckTask } from './SelfCheckRuns'
import { SelfCheckSettings } from './SelfCheckSettings'

export { recordSelfCheck, SELF_CHECK_RUNS } from './SelfCheckRuns'
export { loadThresholds, SELF_CHECK_SETTINGS } from './SelfCheckSettings'
export { runSelfCheck, type SelfCheckResult } from './run'
export { DEFAULT_THRESHOLDS, type Finding, SELF_CHECK_RULES } from './rules'

export const selfCheck =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: [...(config.collections ?? []), SelfCheckRuns],
    globals: [...(config.globals ?? []), SelfCheckSettings],
    admin: {
      ...config.admin,
      components: {
        ...config.admin?.components,
        // After the handler's queue and the editors' workbench: the administrator's view of the whole site.
        beforeDashboard: [...(config.admin?.components?.beforeDashboard ?? []), '/src/payload/selfCheck/admin/SelfCheckSummary#SelfCheckSummary'],
      },
    },
    jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), selfCheckTask] },
  })
