/**
 * CongoDB's `$lookup` knows only `localField`/`foreignField` and a flat `as`. Payload's join
 * fields (station children, a news item's related items) also send `let` + `pipeline` and a
 * dotted `as` such as `children.docs`; without this the seed fails on station parents
 * ("$slice arg1 <array> expression must resolve to array"). This replaces the one static method
 * with MongoDB's documented semantics: equality match first (when both fields are given), then
 * the sub-pipeline with the `let` variables bound, and the result set at the (dotted) path.
 */
import { Aggregator } from 'mingo'

type Doc = Record<string, unknown>
type LookupSpec = { from: string; localField?: string; foreignField?: string; as: string; let?: Doc; pipeline?: Doc[] }
type Engine = {
  executeLookup: (documents: Doc[], spec: LookupSpec, foreign: Doc[]) => Doc[]
  getNestedValue: (doc: unknown, path: string) => unknown
  valuesMatch: (a: unknown, b: unknown) => boolean
}

/** A copy of `doc` with `value` at the dotted `path` (intermediate objects copied, not shared). */
const setPath = (doc: Doc, dotted: string, value: unknown): Doc => {
  const [head, ...rest] = dotted.split('.')
  if (rest.length === 0) return { ...doc, [head]: value }
  const inner = doc[head]
  const child = inner && typeof inner === 'object' && !Array.isArray(inner) ? (inner as Doc) : {}
  return { ...doc, [head]: setPath(child, rest.join('.'), value) }
}

/** Evaluates each `let` expression against the outer document, as MongoDB does. */
const bindVariables = (doc: Doc, spec: Doc | undefined): Doc => {
  if (!spec || Object.keys(spec).length === 0) return {}
  const [bound] = new Aggregator([{ $replaceRoot: { newRoot: spec } }]).run([doc]) as Doc[]
  return bound ?? {}
}

export const patchLookup = (engine: Engine): void => {
  engine.executeLookup = function executeLookup(documents, spec, foreign) {
    const { localField, foreignField, as, pipeline = [] } = spec
    if (pipeline.some((stage) => '$lookup' in stage)) {
      throw new Error('The MongoDB test server does not run a $lookup nested inside a $lookup pipeline')
    }
    return documents.map((doc) => {
      let matches = foreign
      if (localField !== undefined && foreignField !== undefined) {
        // A missing local value matches foreign documents whose field is null or missing.
        const local = engine.getNestedValue(doc, localField) ?? null
        matches = foreign.filter((other) => engine.valuesMatch(local, engine.getNestedValue(other, foreignField) ?? null))
      }
      if (pipeline.length > 0) {
        matches = new Aggregator(pipeline, { variables: bindVariables(doc, spec.let) }).run(matches) as Doc[]
      }
      return setPath(doc, as, matches)
    })
  }
}
