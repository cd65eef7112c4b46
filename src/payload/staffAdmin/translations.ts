import type { zh } from '@payloadcms/translations/languages/zh'

type Overrides = { [group in keyof typeof zh.translations]?: Partial<(typeof zh.translations)[group]> }

/**
 * Where Payload's own Chinese reads like a translation or shows placeholders a bureau's staff
 * would not understand. The field-error summary must end in an ASCII colon: the admin's toast
 * splits it there into the summary and the list of fields.
 */
export const ADMIN_TRANSLATIONS = {
  error: {
    followingFieldsInvalid_one: '请修改这一项:',
    followingFieldsInvalid_other: '请修改以下几项:',
  },
  general: {
    // An empty cell of a list: ‹没有 承办人›.
    noLabel: '未填写',
  },
} satisfies Overrides
