/**
 * A deployment marks itself as one (DEPLOYMENT=production); `npm start` without it stays the
 * zero-setup demo. A production start is refused while it would run on what the demo generates
 * for itself. The rule is pure (tests/unit/deployment.unit.test.ts); scripts/lib/deploymentChecks.ts
 * gathers the facts.
 */
export const isProduction = (env: Record<string, string | undefined> = process.env): boolean => env.DEPLOYMENT === 'production'

/** At least this long, when a deployment sets its own secret. */
export const MIN_SECRET_LENGTH = 32

export type DeploymentFacts = {
  /** PAYLOAD_SECRET given in the environment (not generated into the data directory), long enough. */
  secretFromEnvironment: boolean
  /** Demo accounts that still sign in with the demo password. */
  demoAccountsWithDemoPassword: string[]
  /** The public address (SITE_URL) and the admin's (PAYLOAD_PUBLIC_SERVER_URL). */
  siteUrl?: string
  adminUrl?: string
}

/** What stops a production start, in Chinese, one line each (none: it may start). */
export const deploymentProblems = (facts: DeploymentFacts): string[] => [
  ...(facts.secretFromEnvironment ? [] : [`未设置 PAYLOAD_SECRET 或少于 ${MIN_SECRET_LENGTH} 个字符:正式部署不能使用自动生成的密钥,请在环境变量中设置一个随机字符串。`]),
  ...facts.demoAccountsWithDemoPassword.map((email) => `演示账号 ${email} 仍在使用演示密码:请删除该账号或修改密码后再启动。`),
  ...(facts.siteUrl?.startsWith('https://') ? [] : ['未设置 SITE_URL 或不是 https:// 地址:正式部署的公众网站必须通过 HTTPS 访问。']),
  ...(facts.adminUrl?.startsWith('https://') ? [] : ['未设置 PAYLOAD_PUBLIC_SERVER_URL 或不是 https:// 地址:管理后台必须通过 HTTPS 访问。']),
]
