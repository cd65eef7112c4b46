import type { CollectionConfig, Endpoint, PayloadRequest, TaskConfig } from 'payload'

import { hasRole } from '../access/hasRole'
import { nobody } from '../access/nobody'
import { WORKFLOW_QUEUE } from '../constants/workflow'
import { runSelfCheck, type SelfCheckOptions } from './run'
import { SELF_CHECK_RULES } from './rules'
import { loadThresholds } from './SelfCheckSettings'

export const SELF_CHECK_RUNS = 'selfCheckRuns'

/** Runs the self-check and keeps its result: the history the report's chart is drawn from. */
export const recordSelfCheck = async (req: PayloadRequest, now = new Date(), options: SelfCheckOptions = {}) => {
  const result = await runSelfCheck(req.payload, now, { thresholds: await loadThresholds(req.payload), ...options })
  const counts = Object.fromEntries(Object.keys(SELF_CHECK_RULES).map((rule) => [rule, result.findings.filter((each) => each.rule === rule).length]))
  return req.payload.create({
    collection: SELF_CHECK_RUNS as 'selfCheckRuns',
    data: {
      startedAt: result.startedAt,
      durationMs: result.durationMs,
      total: result.findings.length,
      vetoes: result.findings.filter((each) => each.veto).length,
      counts,
      findings: result.findings,
    },
    req,
  })
}

/** 立即检查: an administrator runs it now (POST /api/selfCheckRuns/run). */
const runNow: Endpoint = {
  path: '/run',
  method: 'post',
  handler: async (req) => {
    if (!req.user || !(req.user as { roles?: string[] }).roles?.includes('admin')) return Response.json({ message: '只有系统管理员可以运行网站自查' }, { status: 403 })
    const run = await recordSelfCheck(req)
    return Response.json({ id: run.id, total: run.total, vetoes: run.vetoes }, { status: 201 })
  },
}

/** 网站自查: one document a run, written by the daily job or 立即检查 only, read by administrators. */
export const SelfCheckRuns: CollectionConfig = {
  slug: SELF_CHECK_RUNS,
  labels: { singular: '网站自查', plural: '网站自查' },
  admin: { group: '系统', useAsTitle: 'startedAt', defaultColumns: ['startedAt', 'total', 'vetoes', 'durationMs'], description: '按《政府网站与政务新媒体检查指标》每天自动检查一次;单项否决类问题须优先处理。' },
  access: { read: hasRole('admin'), create: nobody, update: nobody, delete: hasRole('admin') },
  defaultSort: '-startedAt',
  endpoints: [runNow],
  fields: [
    { name: 'startedAt', type: 'date', label: '检查时间', required: true, index: true, admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm' } } },
    { name: 'total', type: 'number', label: '问题数', required: true },
    { name: 'vetoes', type: 'number', label: '单项否决类', required: true },
    { name: 'durationMs', type: 'number', label: '用时(毫秒)' },
    { name: 'report', type: 'ui', label: '问题清单', admin: { components: { Field: '/src/payload/selfCheck/admin/FindingsReport#FindingsReport' } } },
    { name: 'counts', type: 'json', label: '各项问题数', admin: { hidden: true } },
    { name: 'findings', type: 'json', label: '问题清单(原始数据)', admin: { hidden: true } },
  ],
}

/** Every morning before office hours (06:00 Beijing). */
export const selfCheckTask: TaskConfig = {
  slug: 'selfCheck',
  label: '网站自查',
  retries: 1,
  schedule: [{ cron: '0 0 22 * * *', queue: WORKFLOW_QUEUE }],
  outputSchema: [{ name: 'total', type: 'number' }],
  handler: async ({ req }) => ({ output: { total: (await recordSelfCheck(req)).total } }),
}
