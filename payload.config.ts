import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { zh } from '@payloadcms/translations/languages/zh'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { countFailedLogin } from './src/payload/auth/loginGuard'
import { cases, emailAdapter, enquiryKind } from './src/payload/cases'
import { collections } from './src/payload/collections'
import { MEDIA_ERRORS, MEDIA_MAX_BYTES } from './src/payload/constants/media'
import { WORKFLOW_QUEUE } from './src/payload/constants/workflow'
import { databaseAdapter } from './src/payload/database'
import { installAfterCommit } from './src/payload/hooks/afterCommit'
import { keepErrorDetails } from './src/payload/hooks/keepErrorDetails'
import { payloadSecret, serverUrl } from './src/payload/env'
import { editor } from './src/payload/fields/richText'
import { globals } from './src/payload/globals'
import { tasks } from './src/payload/jobs'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  serverURL: serverUrl(),
  secret: payloadSecret(),
  admin: {
    user: 'users',
    meta: { titleSuffix: ' - 退役军人事务局管理后台' },
    importMap: { baseDir: dirname },
    dateFormat: 'yyyy-MM-dd HH:mm',
    // Gravatar would be fetched from abroad on every page; the built-in avatar needs no network.
    avatar: 'default',
    components: {
      beforeDashboard: ['/src/payload/admin/WorkflowDashboard#WorkflowDashboard'],
      afterNavLinks: ['/src/payload/admin/import/ImportNavLink#ImportNavLink'],
      views: { importArticles: { Component: '/src/payload/admin/import/ImportView#ImportView', path: '/import' } },
    },
  },
  i18n: { supportedLanguages: { zh }, fallbackLanguage: 'zh' },
  collections,
  globals,
  // Every two seconds, so scheduled publishing happens within seconds of its time.
  jobs: { tasks, autoRun: [{ cron: '*/2 * * * * *', queue: WORKFLOW_QUEUE, silent: { info: true } }] },
  editor,
  db: databaseAdapter(),
  // Mail of the whole back office (receipts, reminders, password resets): SMTP_URL or the outbox (src/payload/cases/infrastructure/mail.ts).
  email: emailAdapter(),
  // Purges of the public site's cache wait for the commit (src/payload/hooks/afterCommit.ts).
  onInit: (payload) => installAfterCommit(payload.db),
  // REST errors keep their field paths in the production build (src/payload/hooks/keepErrorDetails.ts).
  // Failed logins are counted for the login throttle (src/payload/auth/loginGuard.ts).
  hooks: { afterError: [keepErrorDetails, countFailedLogin] },
  sharp,
  // Payload stops reading a larger upload before any hook runs: say so in Chinese, with the same cap.
  upload: { limits: { fileSize: MEDIA_MAX_BYTES }, responseOnLimit: MEDIA_ERRORS.tooLarge },
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  graphQL: { disablePlaygroundInProduction: true },
  // 留言办理: the enquiry collections, the holiday calendar and their jobs (src/payload/cases).
  plugins: [cases({ kinds: [enquiryKind] })],
})
