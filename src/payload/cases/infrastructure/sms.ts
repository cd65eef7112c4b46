import { outboxDir, outboxSmsSender } from './outbox'

/**
 * SMS is pluggable: a deployment registers a sender for its provider (the bureau's 政务短信
 * platform, for example) with `registerSmsSender`. Until then messages go to the outbox
 * (`<DATA_DIR>/outbox`), like e-mail without SMTP_URL, so nothing is sent to a real phone.
 */
export interface SmsSender {
  send(phone: string, text: string): Promise<void>
}

const outbox = outboxSmsSender(outboxDir)
let sender: SmsSender = outbox

/** Registers the provider's sender; null goes back to the outbox. */
export const registerSmsSender = (next: SmsSender | null): void => {
  sender = next ?? outbox
}

export const smsSender = (): SmsSender => sender
