/** Every back-office role, defined once. Labels are what the admin shows. */
export const ROLES = ['admin', 'editor', 'reviewer', 'publisher', 'stationStaff', 'caseHandler'] as const

export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, string> = {
  admin: '系统管理员',
  editor: '编辑',
  reviewer: '审核员',
  publisher: '终审发布员',
  stationStaff: '服务站工作人员',
  caseHandler: '留言办理员',
}

/** Roles that may write public content (the review chain itself is enforced by the workflow). */
export const CONTENT_ROLES: readonly Role[] = ['admin', 'editor', 'reviewer', 'publisher']

/** Roles that may delete public content. */
export const CONTENT_DELETE_ROLES: readonly Role[] = ['admin', 'publisher']

/** Roles that may work on enquiries. */
export const ENQUIRY_ROLES: readonly Role[] = ['admin', 'caseHandler', 'stationStaff']
