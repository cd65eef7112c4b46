/**
 * CongoDB reads a projection as inclusive only when a value is the number 1: `{ field: true }`,
 * which MongoDB reads as inclusion too and which Mongoose sends for every Payload `select`, made
 * it return whole documents. Every select on the MongoDB lane read every field (a case's
 * personal data and text included) and a list of 7,496 cases cost several times what a real
 * server would. This maps the values as MongoDB documents them (true or a non-zero number:
 * include; false or 0: exclude; `_id` as given) before CongoDB's own projection runs.
 */
type Projection = Record<string, unknown>
type Engine = { project: (documents: unknown[], projection: Projection | undefined) => unknown[] }

export const mongoProjection = (projection: Projection): Projection =>
  Object.fromEntries(
    Object.entries(projection).map(([key, value]) => [key, typeof value === 'boolean' || typeof value === 'number' ? (value ? 1 : 0) : value]),
  )

export const patchProjection = (engine: Engine): void => {
  const project = engine.project.bind(engine)
  engine.project = (documents, projection) => project(documents, projection && mongoProjection(projection))
}
