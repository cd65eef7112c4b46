import config from '../../../payload.config'
import { getPayload, type Payload } from 'payload'

/** One Payload instance per server process, shared by every page. */
export const payload = (): Promise<Payload> => getPayload({ config })
