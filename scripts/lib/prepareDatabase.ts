import { DEMO_PASSWORD, DEMO_USERS } from '../../src/payload/seed/demoUsers'

/**
 * Applies pending migrations (Payload runs them on connect in production) and seeds an
 * empty database with the demo content. Returns whether it seeded.
 */
export const prepareDatabase = async (log: (line: string) => void = console.log): Promise<boolean> => {
  const [{ default: config }, { getPayload }, { seed }] = await Promise.all([
    import('../../payload.config'),
    import('payload'),
    import('../../src/payload/seed/seed'),
  ])
  const payload = await getPayload({ config })
  try {
    const { totalDocs } = await payload.count({ collection: 'users' })
    if (totalDocs > 0) return false
    log('数据库为空,正在导入演示内容…')
    await seed(payload, { log: (line) => log(`  ${line}`) })
    return true
  } finally {
    await payload.destroy()
  }
}

export const demoLogins = (): string[] =>
  DEMO_USERS.map((user) => `  ${user.name.padEnd(6, ' ')}  ${user.email.padEnd(26)} 密码 ${DEMO_PASSWORD}`)
