/**
 * Which services `npm start` runs on this host (SERVICES, a comma-separated list; all three when
 * unset). One machine runs them all. Beyond one machine (docs/deploy.md, "Beyond one machine"),
 * N hosts run `SERVICES=site` and one runs `SERVICES=admin,jobs`, all on one MongoDB database.
 */
export const SERVICE_NAMES = ['site', 'admin', 'jobs'] as const
export type ServiceName = (typeof SERVICE_NAMES)[number]

/** The services named in `value`, or the reason in Chinese why it names none or an unknown one. */
export const servicesFrom = (value: string | undefined): { services: ServiceName[] } | { error: string } => {
  if (!value?.trim()) return { services: [...SERVICE_NAMES] }
  const named = value.split(',').map((name) => name.trim()).filter(Boolean)
  const unknown = named.filter((name) => !(SERVICE_NAMES as readonly string[]).includes(name))
  if (unknown.length || !named.length) {
    return { error: `SERVICES 只能列出 ${SERVICE_NAMES.join('、')},用逗号分隔;无法识别:${unknown.join('、') || value}` }
  }
  return { services: SERVICE_NAMES.filter((name) => named.includes(name)) }
}

/** Whether this host seeds the demo content: only where the admin runs (a site host never writes content). */
export const seedsHere = (services: readonly ServiceName[]): boolean => services.includes('admin')
