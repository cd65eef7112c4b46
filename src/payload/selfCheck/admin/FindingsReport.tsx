/**
 * A run's findings grouped by rule, the 单项否决 kind first, each with a link to where it is fixed:
 * the report of one self-check (a UI field of selfCheckRuns).
 */
import type { UIFieldServerProps } from 'payload'

import { type Finding, SELF_CHECK_RULES, type RuleId } from '../rules'

export const FindingsReport = ({ data }: UIFieldServerProps) => {
  const findings = ((data as { findings?: Finding[] } | undefined)?.findings ?? []) as Finding[]
  if (!findings.length) return <p>这次自查没有发现问题。</p>
  const rules = (Object.keys(SELF_CHECK_RULES) as RuleId[])
    .filter((rule) => findings.some((each) => each.rule === rule))
    .sort((a, b) => Number(SELF_CHECK_RULES[b].veto) - Number(SELF_CHECK_RULES[a].veto))
  return (
    <div data-testid="self-check-report">
      {rules.map((rule) => (
        <section key={rule} aria-labelledby={`rule-${rule}`} style={{ marginBottom: '1.5rem' }}>
          <h3 id={`rule-${rule}`}>
            {SELF_CHECK_RULES[rule].label}
            {SELF_CHECK_RULES[rule].veto && <strong style={{ marginLeft: '0.5rem', color: 'var(--theme-error-600)' }}>单项否决</strong>}
          </h3>
          <ul>
            {findings
              .filter((each) => each.rule === rule)
              .map((each, index) => (
                <li key={index}>
                  {each.message} <a href={each.href}>去处理</a>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  )
}
