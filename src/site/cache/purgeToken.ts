import { createHmac } from 'node:crypto'

/** The token the back office shows the site when it asks for a purge: derived from the shared secret. */
export const purgeToken = (secret: string): string => createHmac('sha256', secret).update('va-page-cache-purge').digest('hex')
