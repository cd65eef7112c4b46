import type { Consultation } from '../../../payload-types'
import { consultationPhase } from '../../../payload/constants/consultations'
import { findOnePublic, findPublic } from './publicRead'

const LIST_FIELDS = { title: true, slug: true, summary: true, opensAt: true, closesAt: true, hasFeedback: true, publishedAt: true } as const

export type ConsultationSummary = Pick<Consultation, 'id' | 'title' | 'slug' | 'summary' | 'opensAt' | 'closesAt' | 'hasFeedback'>

/** Published consultations, split as the list page shows them: open (and announced) ones, then closed ones. */
export const getConsultationLists = async (now = new Date()) => {
  const { docs } = await findPublic({ collection: 'consultations', pagination: false, depth: 0, sort: '-opensAt', select: LIST_FIELDS })
  const all = docs as ConsultationSummary[]
  return {
    open: all.filter((doc) => consultationPhase(doc, now) !== 'closed'),
    closed: all.filter((doc) => consultationPhase(doc, now) === 'closed'),
  }
}

export const getConsultation = (slug: string): Promise<Consultation | null> =>
  findOnePublic('consultations', { slug: { equals: slug } }, 1) as Promise<Consultation | null>

/** The consultations held before a policy was issued (shown on the policy's page). */
export const getConsultationsFor = async (policyId: string | number) =>
  (
    await findPublic({
      collection: 'consultations',
      where: { finalPolicy: { equals: policyId } },
      pagination: false,
      depth: 0,
      select: { title: true, slug: true },
    })
  ).docs
