/**
 * SMS is pluggable: a deployment registers a sender for its provider (the bureau's 政务短信
 * platform, for example). Without one, no text message is sent and nothing is logged.
 */
export interface SmsSender {
  send(phone: string, text: string): Promise<void>
}

let sender: SmsSender | null = null

export const registerSmsSender = (next: SmsSender | null): void => {
  sender = next
}

export const smsSender = (): SmsSender | null => sender
