// Plugins add behaviour (see payload.config.ts): workflow() writes logins and role changes to the audit log.
import type { CollectionConfig } from 'payload'

import { fieldHasRole, hasRole } from '../access/hasRole'
import { selfOrAdmin } from '../access/selfOrAdmin'
import { authCookies } from '../auth/authCookies'
import { forgiveOnLogin, forgiveOnUnlock, guardLogin } from '../auth/loginGuard'
import { toOptions } from '../constants/options'
import { ROLE_LABELS } from '../constants/roles'
import { serverUrl } from '../env'
import { assertUnique } from '../fields/uniqueValue'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: '用户', plural: '用户' },
  // No lock after N failures (anyone could lock anyone out): failures are throttled instead
  // (src/payload/auth/loginGuard.ts), the same for known and unknown addresses.
  auth: { maxLoginAttempts: 0, cookies: authCookies(serverUrl()) },
  hooks: {
    beforeOperation: [guardLogin],
    // Payload checks a new account's address itself, but not a changed one; this covers both.
    beforeChange: [
      async ({ data, originalDoc, req }) => {
        const email = typeof data.email === 'string' ? data.email.trim().toLowerCase() : undefined
        if (email && email !== originalDoc?.email) {
          await assertUnique({ req, collection: 'users', field: 'email', value: email, ownId: originalDoc?.id, message: '这个电子邮箱已被其他账号使用', label: '电子邮箱' })
        }
        return data
      },
    ],
    afterLogin: [forgiveOnLogin],
    afterOperation: [forgiveOnUnlock],
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles', 'station'],
    group: '系统',
  },
  access: {
    read: selfOrAdmin,
    create: hasRole('admin'),
    update: selfOrAdmin,
    delete: hasRole('admin'),
    // Payload's default lets any signed-in user unlock any account (GHSA-jg8r-5jh2-v2xj).
    unlock: hasRole('admin'),
    admin: ({ req: { user } }) => Boolean(user?.roles?.length),
  },
  fields: [
    { name: 'name', type: 'text', label: '姓名', required: true },
    {
      name: 'roles',
      type: 'select',
      label: '角色',
      hasMany: true,
      required: true,
      saveToJWT: true,
      defaultValue: ['editor'],
      options: toOptions(ROLE_LABELS),
      access: { create: fieldHasRole('admin'), update: fieldHasRole('admin') },
    },
    {
      name: 'station',
      type: 'relationship',
      label: '所属服务站',
      relationTo: 'stations',
      saveToJWT: true,
      access: { create: fieldHasRole('admin'), update: fieldHasRole('admin') },
      admin: { description: '服务站工作人员必须关联一个服务站。留言办理员关联后办理转办到该站的留言;不关联则是县局办理员,受理尚未转办的留言' },
      validate: (value: unknown, { siblingData }: { siblingData: Partial<{ roles: string[] }> }) =>
        !siblingData.roles?.includes('stationStaff') || Boolean(value) || '服务站工作人员必须关联一个服务站',
    },
  ],
}
