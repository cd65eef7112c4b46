import type { Role } from '../constants/roles'

export const DEMO_PASSWORD = 'demo2026'

export type DemoUser = { email: string; name: string; roles: Role[]; station?: 'firstTownship' }

/** One demo account per role; the second reviewer lets the two-stage review be tried by hand. */
export const DEMO_USERS: DemoUser[] = [
  { email: 'admin@demo.example', name: '系统管理员', roles: ['admin'] },
  { email: 'editor@demo.example', name: '王编辑', roles: ['editor'] },
  { email: 'reviewer@demo.example', name: '李审核', roles: ['reviewer'] },
  { email: 'reviewer2@demo.example', name: '赵复审', roles: ['reviewer'] },
  { email: 'publisher@demo.example', name: '陈终审', roles: ['publisher'] },
  { email: 'station@demo.example', name: '刘站长', roles: ['stationStaff'], station: 'firstTownship' },
  { email: 'handler@demo.example', name: '周办理', roles: ['caseHandler'] },
]

/** The demo accounts as `npm start` lists them. */
export const demoLogins = (): string[] =>
  DEMO_USERS.map((user) => `  ${user.name.padEnd(6, ' ')}  ${user.email.padEnd(26)} 密码 ${DEMO_PASSWORD}`)
