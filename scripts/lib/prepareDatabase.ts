/**
 * Applies pending migrations (Payload runs them on connect in production) and seeds an
 * empty database with the demo content (not in a production deployment, which starts empty and
 * creates its first administrator at /admin). Then runs `check` on the same instance (a
 * production start's refusal, scripts/lib/deploymentChecks.ts). Returns whether it seeded.
 */
export const prepareDatabase = async (
  log: (line: string) => void = console.log,
  { seedDemo = true, check }: { seedDemo?: boolean; check?: (payload: import('payload').Payload) => Promise<void> } = {},
): Promise<boolean> => {
  const [{ default: config }, { getPayload }, { seed }] = await Promise.all([
    import('../../payload.config'),
    import('payload'),
    import('../../src/payload/seed/seed'),
  ])
  const payload = await getPayload({ config })
  try {
    await check?.(payload)
    const { totalDocs } = await payload.count({ collection: 'users' })
    if (totalDocs > 0 || !seedDemo) return false
    log('数据库为空,正在导入演示内容…')
    await seed(payload, { log: (line) => log(`  ${line}`) })
    return true
  } finally {
    await payload.destroy()
  }
}
