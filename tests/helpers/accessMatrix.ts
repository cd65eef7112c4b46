import type { CollectionSlug, GlobalSlug } from 'payload'

import { ROLES, type Role } from '../../src/payload/constants/roles'

/**
 * Least privilege, written down once: how far each role reaches in each collection, per operation.
 * - all: every document, drafts included;
 * - public: exactly what an anonymous reader gets (published, consented);
 * - own: the user's own scope (station staff: their station's work on top of the public view;
 *   case handlers and station staff: the cases assigned to them or their station, or the bureau's
 *   unassigned intake; everyone: their own account);
 * - none: refused, or nothing.
 * Media (its own rules) and the users' unlock operation are left to their own suites.
 */
export type Reach = 'all' | 'public' | 'own' | 'none'

export type Reader = Role | 'anonymous'
export const READERS: readonly Reader[] = [...ROLES, 'anonymous']

export const OPERATIONS = ['read', 'readVersions', 'create', 'update', 'delete'] as const
export type Operation = (typeof OPERATIONS)[number]

type Row = Record<Reader, Reach>

const CONTENT_ROLES: readonly Role[] = ['admin', 'editor', 'reviewer', 'publisher']

/** Grants for some readers; everyone else gets `rest`. */
const row = (grants: Partial<Row>, rest: Reach = 'none'): Row =>
  Object.fromEntries(READERS.map((reader) => [reader, grants[reader] ?? rest])) as Row

const contentRoles = (reach: Reach): Partial<Row> => Object.fromEntries(CONTENT_ROLES.map((role) => [role, reach]))

/** A reviewed collection: content roles everywhere, case handlers and the public read what is public. */
const reviewed = (stationStaff: Reach): Record<Operation, Row> => ({
  read: row({ ...contentRoles('all'), stationStaff: stationStaff === 'own' ? 'own' : 'public' }, 'public'),
  readVersions: row({ ...contentRoles('all'), stationStaff }),
  create: row({ ...contentRoles('all'), stationStaff }),
  update: row({ ...contentRoles('all'), stationStaff }),
  delete: row({ admin: 'all', publisher: 'all' }),
})

const enquiryScope = row({ admin: 'all', caseHandler: 'own', stationStaff: 'own' })
const readOnly = (read: Row): Record<Operation, Row> => ({
  read,
  readVersions: row({}),
  create: row({}),
  update: row({}),
  delete: row({}),
})

export const ACCESS_MATRIX = {
  news: reviewed('own'),
  // Station staff may create news (tagged with their station) but no station profile.
  stations: { ...reviewed('own'), create: row(contentRoles('all')) },
  policies: reviewed('none'),
  interpretations: reviewed('none'),
  serviceGuides: reviewed('none'),
  consultations: reviewed('none'),
  pages: reviewed('none'),
  // Opinions on a consultation: never public; created only by the site's submission service.
  consultationOpinions: {
    read: row(contentRoles('all')),
    readVersions: row({}),
    create: row({}),
    update: row({ admin: 'all', editor: 'all' }),
    delete: row({ admin: 'all' }),
  },
  commendations: reviewed('none'),
  veterans: reviewed('none'),
  // The public reads current leaders only (publicLeaderWhere): 'public' is checked against that view.
  leaders: reviewed('none'),
  orgUnits: reviewed('none'),
  enquiries: { ...readOnly(enquiryScope), update: enquiryScope },
  enquiryAttachments: readOnly(enquiryScope),
  // 依申请公开: the bureau answers, so station staff (scoped to their station) reach none.
  foiRequests: { ...readOnly(row({ admin: 'all', caseHandler: 'own' })), update: row({ admin: 'all', caseHandler: 'own' }) },
  enquiryRevealLogs: readOnly(row({ admin: 'all' })),
  replyTemplates: {
    ...readOnly(row({ admin: 'all', caseHandler: 'all', stationStaff: 'all' })),
    // Handlers too, and they keep their own: another's is refused by a hook, saying why.
    create: row({ admin: 'all', caseHandler: 'all' }),
    update: row({ admin: 'all', caseHandler: 'own' }),
    delete: row({ admin: 'all', caseHandler: 'own' }),
  },
  importReports: { ...readOnly(row(contentRoles('all'))), delete: row({ admin: 'all' }) },
  // Uploads waiting for their import job: only the importer touches them, through the Local API.
  importFiles: readOnly(row({})),
  // 旧网址跳转: content staff keep the list; the public site reads only the entry a path names, server-side.
  redirects: { ...readOnly(row(contentRoles('all'))), create: row(contentRoles('all')), update: row(contentRoles('all')), delete: row({ admin: 'all' }) },
  auditLog: readOnly(row({ admin: 'all', publisher: 'all' })),
  users: {
    read: row({ admin: 'all', anonymous: 'none' }, 'own'),
    readVersions: row({}),
    create: row({ admin: 'all' }),
    update: row({ admin: 'all', anonymous: 'none' }, 'own'),
    delete: row({ admin: 'all' }),
  },
} satisfies Partial<Record<CollectionSlug, Record<Operation, Row>>>

export type MatrixCollection = keyof typeof ACCESS_MATRIX

/** Who reads each global (their writes belong to the globals' own review rules). */
export const GLOBAL_READS = {
  siteSettings: row({}, 'all'),
  navigation: row({}, 'all'),
  mediaAccounts: row({}, 'all'),
  bannedWords: row({ anonymous: 'none' }, 'all'),
  holidayCalendar: row({ admin: 'all', caseHandler: 'all', stationStaff: 'all' }),
  selfCheckSettings: row({ admin: 'all' }),
} satisfies Partial<Record<GlobalSlug, Row>>

export const reach = (collection: MatrixCollection, operation: Operation, reader: Reader): Reach =>
  ACCESS_MATRIX[collection][operation][reader]
