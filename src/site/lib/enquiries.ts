/**
 * The public site's only door to enquiries: the narrow server-side path in
 * src/payload/collections/Enquiries/operations. Writes take only what the shared schema
 * allows; reads select only what a page shows. No personal data comes back out.
 */
import { randomUUID } from 'node:crypto'

import { lookupEnquiry } from '../../payload/collections/Enquiries/operations/lookupEnquiry'
import { enquiryStatistics, findPublishedAnswer, listPublishedAnswers } from '../../payload/collections/Enquiries/operations/publicViews'
import { submitEnquiry, UNAVAILABLE_MESSAGE } from '../../payload/collections/Enquiries/operations/submitEnquiry'
import { rateAndClose, requestReview } from '../../payload/collections/Enquiries/operations/submitterActions'
import { issueChallenge, questionOfToken } from '../../payload/enquiries/challenge'
import { payloadSecret } from '../../payload/env'
import { asPublic } from './content/publicRead'
import { payload } from './payload'

export type { SubmitOutcome } from '../../payload/collections/Enquiries/operations/submitEnquiry'
export type { PublicCaseView } from '../../payload/collections/Enquiries/operations/lookupEnquiry'
export type { PublishedAnswer } from '../../payload/collections/Enquiries/operations/publicViews'

/** Larger bodies are refused before they are read. */
export const MAX_BODY_BYTES = 64 * 1024

export { UNAVAILABLE_MESSAGE }

/** The client address; X-Forwarded-For only when a proxy in front is trusted (TRUST_PROXY=1). */
export const clientIp = (request: Request, clientAddress: string): string =>
  (process.env.TRUST_PROXY === '1' && request.headers.get('x-forwarded-for')?.split(',')[0]?.trim()) || clientAddress

/** The request body as text, or null when it is larger than MAX_BODY_BYTES (whatever Content-Length claims). */
export const readBody = async (request: Request): Promise<string | null> => {
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES || !request.body) return null
  const chunks: Uint8Array[] = []
  let size = 0
  for await (const chunk of request.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength
    if (size > MAX_BODY_BYTES) return null
    chunks.push(chunk)
  }
  return Buffer.concat(chunks).toString('utf8')
}

export const newChallenge = () => issueChallenge(payloadSecret())

export const challengeQuestion = (token: string) => questionOfToken(token, payloadSecret())

export const newSubmissionKey = (): string => randomUUID()

const withPayload =
  <A extends unknown[], R>(operation: (instance: Awaited<ReturnType<typeof payload>>, ...args: A) => Promise<R>) =>
  async (...args: A): Promise<R> =>
    operation(await payload(), ...args)

/** Payload failing to start (database unreachable) is the same 503 as a failed write. */
export const submit = async (raw: Record<string, unknown>, ip: string) => {
  const instance = await payload().catch(() => null)
  if (!instance) return { status: 503 as const, message: UNAVAILABLE_MESSAGE }
  return submitEnquiry(instance, raw, { ip })
}

export const lookup = withPayload(lookupEnquiry)
export const rate = withPayload(rateAndClose)
export const review = withPayload(requestReview)
export const publishedAnswers = withPayload(listPublishedAnswers)
export const publishedAnswer = withPayload(findPublishedAnswer)
export const statistics = withPayload(enquiryStatistics)

/** Stations the public may pick as the preferred one (published only). */
export const stationChoices = async (): Promise<{ id: string; name: string }[]> =>
  (
    await (
      await payload()
    ).find({
      collection: 'stations',
      ...asPublic,
      select: { name: true, level: true },
      sort: 'name',
      pagination: false,
      depth: 0,
    })
  ).docs.map((station) => ({ id: String(station.id), name: station.name }))
