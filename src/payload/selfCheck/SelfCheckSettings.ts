import type { GlobalConfig, Payload } from 'payload'

import { hasRole } from '../access/hasRole'
import { DEFAULT_THRESHOLDS, type Thresholds } from './rules'

export const SELF_CHECK_SETTINGS = 'selfCheckSettings'

const days = (name: keyof Thresholds, label: string, description: string) =>
  ({ name, type: 'number', label, required: true, min: 1, max: 3650, defaultValue: DEFAULT_THRESHOLDS[name], admin: { description, step: 1 } }) as const

/**
 * 网站自查设置: how old the newest item of the home page and each kind of column may be before the
 * self-check reports it (检查指标: 动态要闻 two weeks, 通知公告 and 政策文件 six months). Administrators
 * set them; empty, the defaults (rules.ts, the same numbers the workbench reminds by) apply.
 */
export const SelfCheckSettings: GlobalConfig = {
  slug: SELF_CHECK_SETTINGS,
  label: '网站自查设置',
  admin: { group: '系统', description: '栏目多少天没有更新就在网站自查中报告。' },
  access: { read: hasRole('admin'), update: hasRole('admin') },
  fields: [
    {
      type: 'row',
      fields: [
        days('homeDays', '首页(天)', '首页最新内容的最长间隔'),
        days('newsDays', '动态要闻类栏目(天)', '检查指标:2 周'),
        days('noticeDays', '通知公告(天)', '检查指标:6 个月'),
        days('policyDays', '政策文件(天)', '检查指标:6 个月'),
      ],
    },
  ],
}

/** The thresholds as an administrator set them, each missing one at its default. */
export const loadThresholds = async (payload: Payload): Promise<Thresholds> => {
  const settings = (await payload.findGlobal({ slug: SELF_CHECK_SETTINGS as 'selfCheckSettings', depth: 0 }).catch(() => null)) as Partial<Thresholds> | null
  const pick = (name: keyof Thresholds) => (Number.isInteger(settings?.[name]) && Number(settings?.[name]) > 0 ? Number(settings?.[name]) : DEFAULT_THRESHOLDS[name])
  return { homeDays: pick('homeDays'), newsDays: pick('newsDays'), noticeDays: pick('noticeDays'), policyDays: pick('policyDays') }
}
