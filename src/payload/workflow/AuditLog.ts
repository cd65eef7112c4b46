import type { CollectionBeforeOperationHook, CollectionConfig } from 'payload'

import { hasRole } from '../access/hasRole'
import { nobody } from '../access/nobody'
import { toOptions } from '../constants/options'
import { AUDIT_ACTION_LABELS, WORKFLOW_STATE_LABELS } from '../constants/workflow'
import { WorkflowError } from './WorkflowError'

/**
 * Access rules stop REST, GraphQL and the admin; this stops the Local API too, even with
 * overrideAccess: entries are only ever appended by the workflow's own writeAudit.
 */
const appendOnly: CollectionBeforeOperationHook = ({ operation, context }) => {
  if (operation === 'create' && context.auditWrite) return
  if (operation === 'create' || operation === 'update' || operation === 'delete') {
    throw new WorkflowError('审计日志只读,不能新增、修改或删除', 403)
  }
}

export const AuditLog: CollectionConfig = {
  slug: 'auditLog',
  labels: { singular: '审计日志', plural: '审计日志' },
  admin: {
    useAsTitle: 'documentTitle',
    defaultColumns: ['createdAt', 'action', 'actorName', 'targetCollection', 'documentTitle', 'fromState', 'toState'],
    group: '系统',
    disableCopyToLocale: true,
  },
  access: {
    read: hasRole('admin', 'publisher'),
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  disableDuplicate: true,
  defaultSort: '-createdAt',
  hooks: { beforeOperation: [appendOnly] },
  fields: [
    { name: 'action', type: 'select', label: '操作', required: true, index: true, options: toOptions(AUDIT_ACTION_LABELS) },
    { name: 'actor', type: 'relationship', label: '操作人', relationTo: 'users', index: true },
    { name: 'actorName', type: 'text', label: '操作人姓名' },
    { name: 'targetCollection', type: 'text', label: '内容类型', index: true },
    { name: 'documentId', type: 'text', label: '文档 ID', index: true },
    { name: 'documentTitle', type: 'text', label: '标题' },
    { name: 'fromState', type: 'select', label: '原状态', options: toOptions(WORKFLOW_STATE_LABELS) },
    { name: 'toState', type: 'select', label: '新状态', options: toOptions(WORKFLOW_STATE_LABELS) },
    { name: 'reason', type: 'textarea', label: '理由或说明' },
  ],
}
