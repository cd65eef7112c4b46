import type { Commendation, Veteran } from '../../../payload-types'
import { findOnePublic, findPublic } from './publicRead'

export const getVeterans = async (limit?: number) =>
  (
    await findPublic({
      collection: 'veterans',
      sort: '-publishedAt',
      depth: 1,
      pagination: false,
      ...(limit ? { limit } : {}),
    })
  ).docs as Veteran[]

export const getVeteran = (slug: string) => findOnePublic('veterans', { slug: { equals: slug } }, 1) as Promise<Veteran | null>

export const getCommendations = async () =>
  (await findPublic({ collection: 'commendations', sort: '-date', depth: 0, pagination: false })).docs as Commendation[]

export const getCommendation = (slug: string) =>
  findOnePublic('commendations', { slug: { equals: slug } }, 1) as Promise<Commendation | null>

export const getCommendationsNaming = async (field: 'honourees.veterans' | 'honourees.stations', id: string) =>
  (
    await findPublic({
      collection: 'commendations',
      where: { [field]: { equals: id } },
      sort: '-date',
      depth: 0,
      pagination: false,
      select: { title: true, slug: true, date: true },
    })
  ).docs
