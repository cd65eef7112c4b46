import { beijingDate } from '../../../shared'
import { bodySignature, comparableText, signatureSimilarity } from './signature'

/** Bodies this alike are one article copied twice (a changed word or two, other spacing). */
export const NEAR_IDENTICAL = 0.85

export type KnownArticle = { id: string; title: string; publishedAt?: string | null; body: string }

export type Duplicate = { id: string; title: string; reason: string }

type Entry = { id: string; title: string; key: string; signature: number[] }

/** Old articles state days, not instants: the same title on the same Beijing day is the same article. */
export const titleDateKey = (title: string, publishedAt?: string | null) => `${comparableText(title)}|${beijingDate(publishedAt)}`

/** The articles already on the site or already imported, and how a new one compares with them. */
export class DuplicateIndex {
  private readonly byKey = new Map<string, Entry>()
  private readonly entries: Entry[] = []

  add(article: KnownArticle): void {
    const entry = { id: article.id, title: article.title, key: titleDateKey(article.title, article.publishedAt), signature: bodySignature(article.body) }
    if (!this.byKey.has(entry.key)) this.byKey.set(entry.key, entry)
    this.entries.push(entry)
  }

  find(article: Omit<KnownArticle, 'id'>): Duplicate | undefined {
    const same = this.byKey.get(titleDateKey(article.title, article.publishedAt))
    if (same) return { id: same.id, title: same.title, reason: '标题和日期与已有文章相同' }
    const signature = bodySignature(article.body)
    const similar = this.entries.find((entry) => signatureSimilarity(entry.signature, signature) >= NEAR_IDENTICAL)
    return similar && { id: similar.id, title: similar.title, reason: '正文与已有文章几乎相同' }
  }
}
