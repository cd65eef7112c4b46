import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { zh } from '@payloadcms/translations/languages/zh'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { countFailedLogin } from './src/payload/auth/loginGuard'
import { cases, emailAdapter, enquiryKind } from './src/payload/cases'
import { collections, SITE_CONTENT } from './src/payload/collections'
import { MEDIA_ERRORS, MEDIA_MAX_BYTES } from './src/payload/constants/media'
import { JOBS_RUNNER_ENV, WORKFLOW_QUEUE } from './src/payload/constants/workflow'
import { IMPORT_QUEUE } from './src/payload/constants/imports'
import { databaseAdapter } from './src/payload/database'
import { OLD_ADDRESSES, oldAddresses } from './src/payload/oldAddresses'
import { keepErrorDetails } from './src/payload/hooks/keepErrorDetails'
import { labelFieldErrors } from './src/payload/hooks/labelFieldErrors'
import { payloadSecret, serverUrl } from './src/payload/env'
import { log } from './src/payload/log'
import { editor } from './src/payload/fields/richText'
import { globals, MEDIA_GLOBALS, SITE_GLOBALS } from './src/payload/globals'
import { disclosure } from './src/payload/disclosure'
import { health } from './src/payload/health'
import { selfCheck } from './src/payload/selfCheck'
import { importer } from './src/payload/import'
import { mediaUse } from './src/payload/mediaUse'
import { ADMIN_TRANSLATIONS, staffAdmin } from './src/payload/staffAdmin'
import { siteCache } from './src/payload/siteCache'
import { workflow } from './src/payload/workflow'

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
  },
  // Payload's Chinese, with the few strings it words badly replaced (src/payload/staffAdmin/translations.ts).
  i18n: { supportedLanguages: { zh }, fallbackLanguage: 'zh', translations: { zh: ADMIN_TRANSLATIONS } },
  collections,
  globals,
  // The plugins bring their tasks. Every two seconds, so scheduled publishing happens within seconds of its time,
  // and only in the jobs runner (`npm run jobs`, scripts/jobs.ts), which goes on while the admin is stopped.
  // Admin imports have a queue of their own (IMPORT_QUEUE), so a long import never holds up scheduled publishing.
  jobs: {
    autoRun: () =>
      process.env[JOBS_RUNNER_ENV] === '1'
        ? [WORKFLOW_QUEUE, IMPORT_QUEUE].map((queue) => ({ cron: '*/2 * * * * *', queue, silent: { info: true } }))
        : [],
  },
  editor,
  db: databaseAdapter(),
  // Mail of the whole back office (receipts, reminders, password resets): SMTP_URL or the outbox (src/payload/cases/infrastructure/mail.ts).
  email: emailAdapter(),
  // REST errors keep their field paths in the production build (src/payload/hooks/keepErrorDetails.ts).
  // Failed logins are counted for the login throttle (src/payload/auth/loginGuard.ts).
  // A field-error toast names the fields by their Chinese labels (src/payload/hooks/labelFieldErrors.ts).
  hooks: { afterError: [keepErrorDetails, labelFieldErrors, countFailedLogin] },
  sharp,
  // In the processes npm start runs (VA_SERVICE set), Payload logs JSON lines with theirs (src/payload/log.ts);
  // in scripts and tests, its readable default.
  ...(process.env.VA_SERVICE ? { logger: log() } : {}),
  // Payload stops reading a larger upload before any hook runs: say so in Chinese, with the same cap.
  upload: { limits: { fileSize: MEDIA_MAX_BYTES }, responseOnLimit: MEDIA_ERRORS.tooLarge },
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  graphQL: { disablePlaygroundInProduction: true },
  // The features, in this order: each appends its hooks after those of the plugins before it.
  plugins: [
    // 政府信息公开目录: a category and a 索引号 (numbered on first publication) on the items it lists, and pages as annual reports with their table of requests (src/payload/disclosure).
    disclosure({ collections: { policies: 'regulations', news: null, pages: null }, annualReports: 'pages' }),
    // Media files are public only while published content uses them (src/payload/mediaUse).
    mediaUse({ collections: SITE_CONTENT, globals: MEDIA_GLOBALS }),
    // 审核发布: review chains (workflow/chains.ts), scheduled publication, audit log of reviews, logins and roles (src/payload/workflow).
    workflow(),
    // 旧网址跳转: old portal paths answered with a 301 to a published document, managed in the admin (src/payload/oldAddresses).
    oldAddresses(),
    // The public site's page cache is purged once a change it shows has committed (src/payload/siteCache).
    siteCache({ collections: [...SITE_CONTENT, 'media', OLD_ADDRESSES], globals: [...SITE_GLOBALS, 'mediaAccounts'] }),
    // 导入旧文章: the import view, its menu link and the import reports (src/payload/import).
    importer(),
    // 留言办理: the enquiry collections, 依申请公开 requests, the holiday calendar and their jobs (src/payload/cases).
    cases({ kinds: [enquiryKind], foiRequests: true }),
    // /api/healthz and /api/readyz for a load balancer: the database, the jobs, the disk (src/payload/health).
    health(),
    // 网站自查 against the 检查指标: daily, on demand, kept as history (src/payload/selfCheck).
    selfCheck(),
    // The admin for a bureau's staff (listed last, so it sees every collection): Chinese upload column headings, the API tab for admins only, hard-coded English translated (src/payload/staffAdmin/plugin.ts).
    staffAdmin(),
  ],
})
