import type { PayloadRequest, TaskConfig } from 'payload'

import { WORKFLOW_QUEUE } from '../constants/workflow'
import { decrypt, encrypt, keyIdOf, keyRing } from '../enquiries/keyRing'
import { SKIP_CASE_RULES } from '../collections/Enquiries/hooks/applyCaseRules'

/**
 * Key rotation: re-encrypts every sealed phone and ID-card number with the current key, so an
 * old key can leave ENQUIRY_KEYS once this has run. Returns how many cases were re-encrypted.
 */
export const rekeyPersonalData = async (req: PayloadRequest): Promise<number> => {
  const ring = keyRing()
  const cases = await req.payload.find({
    collection: 'enquiries',
    where: { purgedAt: { exists: false } },
    select: { contact: { phoneSealed: true, idCardSealed: true } },
    pagination: false,
    depth: 0,
    req,
  })
  const stale = (sealed?: string | null) => Boolean(sealed) && keyIdOf(sealed!) !== ring.current
  const reseal = (sealed?: string | null) => (stale(sealed) ? encrypt(decrypt(sealed!, ring), ring) : sealed)
  let count = 0
  for (const item of cases.docs) {
    const { phoneSealed, idCardSealed } = item.contact ?? {}
    if (!stale(phoneSealed) && !stale(idCardSealed)) continue
    await req.payload.update({
      collection: 'enquiries',
      id: item.id,
      data: { contact: { phoneSealed: reseal(phoneSealed), idCardSealed: reseal(idCardSealed) } },
      context: { [SKIP_CASE_RULES]: true },
      depth: 0,
      req,
    })
    count += 1
  }
  return count
}

export const enquiryRekey: TaskConfig = {
  slug: 'enquiryRekey',
  label: '留言个人信息密钥轮换',
  retries: 1,
  schedule: [{ cron: '0 0 3 * * 0', queue: WORKFLOW_QUEUE }],
  outputSchema: [{ name: 'resealed', type: 'number' }],
  handler: async ({ req }) => ({ output: { resealed: await rekeyPersonalData(req) } }),
}
