import type { AfterErrorHook } from 'payload'

type PayloadError = { message: string; name?: string; isOperational?: boolean; isPublic?: boolean; status?: number; data?: unknown }

/**
 * Puts a Payload error's `data` (for a ValidationError: each field's path and message) back into
 * a REST error response that lost it.
 *
 * Payload's formatErrors keeps `data` only for errors that are `instanceof` its APIError or
 * ValidationError. In the production build the admin pages and the REST route each carry their
 * own copy of Payload's modules, and the Payload instance both share is the one whichever
 * loaded first created: after anyone opened an admin page (npm start's readiness check does),
 * errors thrown by its operations are not instances of the route's classes, the response shrinks
 * to `{ errors: [{ message }] }`, and the admin form shows only the toast
 * "下面的字段是无效的: …" with no message under the field. Payload's errors are recognised here
 * by their shape instead (APIError sets `isOperational`); errors Payload hides (500s) stay hidden.
 */
export const keepErrorDetails: AfterErrorHook = ({ error, result }) => {
  const candidate = error as unknown as PayloadError
  if (!result || candidate?.isOperational !== true) return
  const [only, ...rest] = result.errors ?? []
  if (rest.length || !only || only.data) return
  // A public client error formatErrors did not recognise at all answers its generic "An unknown
  // error occurred.": give back the error's own message (the upload size limit's 413, say).
  if (only.message !== candidate.message) {
    if (candidate.isPublic !== true || (candidate.status ?? 500) >= 500) return
    return { response: { ...result, errors: [{ message: candidate.message }] } }
  }
  // Otherwise only the fallback shape of formatErrors for this very error: a public error without its data.
  if (!candidate.data || typeof candidate.data !== 'object') return
  const data = candidate.data as Record<string, unknown>
  // The class name itself is minified in the build ("o"); a field error list is a ValidationError.
  const name = Array.isArray(data.errors) ? 'ValidationError' : candidate.name
  return { response: { ...result, errors: [{ name, data, message: candidate.message }] } }
}
