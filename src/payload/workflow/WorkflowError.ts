import { APIError } from 'payload'

/**
 * A refusal whose Chinese message reaches REST and GraphQL clients. Payload formats an error
 * without `data` by its `name`, which it takes from the class name; the admin's production
 * build minifies class names to "", so the name is set here as a string.
 */
export class WorkflowError extends APIError {
  constructor(message: string, status: 400 | 401 | 403 | 409) {
    super(message, status, undefined, true)
    this.name = 'WorkflowError'
  }
}
