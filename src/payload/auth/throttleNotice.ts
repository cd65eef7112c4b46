import type { Payload } from 'payload'

import { beijingDateTime } from '../../shared'
import { ACCOUNT_POLICY } from './loginThrottle'

/**
 * The e-mail an account owner gets when wrong passwords for their account start being slowed
 * down: once a window (see loginThrottle), never once per attempt.
 */
export const throttleNotice = (name: string, client: string | undefined, at: Date) => ({
  subject: '安全提醒:您的管理后台账号多次登录失败',
  text: [
    `${name},您好:`,
    '',
    `您的管理后台账号在短时间内已有 ${ACCOUNT_POLICY.freeFailures} 次以上使用错误密码的登录尝试(最近一次:北京时间 ${beijingDateTime(at)}${client ? `,来源地址 ${client}` : ''})。`,
    '为保护账号,此后每次登录失败都需要等待更长时间才能再次尝试;您本人使用正确密码登录不受影响(必要时请稍候片刻再试)。',
    '',
    '如果这些尝试不是您本人所为,请尽快修改密码并告知系统管理员。本窗口期内不会重复发送此提醒。',
    '',
    '退役军人事务局管理后台(系统邮件,请勿回复)',
  ].join('\n'),
})

/** Sends the notice without holding up the login answer (whose timing must not differ). */
export const sendThrottleNotice = (payload: Payload, owner: { email: string; name?: string | null }, client: string | undefined): void => {
  const { subject, text } = throttleNotice(owner.name || owner.email, client, new Date())
  payload.sendEmail({ to: owner.email, subject, text }).catch((error: unknown) =>
    payload.logger.error({ err: error, msg: 'login throttle: the notice to the account owner could not be sent' }),
  )
}
