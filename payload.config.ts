import path from 'path'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { id } from '@payloadcms/translations/languages/id'
import { buildConfig } from 'payload'
import type { Config } from 'payload'
import sharp from 'sharp'

import { AuditEvents } from './collections/AuditEvents'
import { Commitments } from './collections/Commitments'
import { Indicators } from './collections/Indicators'
import { Media } from './collections/Media'
import { Milestones } from './collections/Milestones'
import { Organizations } from './collections/Organizations'
import { ProgressReports } from './collections/ProgressReports'
import { RoadmapSections } from './collections/RoadmapSections'
import { ReviewRequests } from './collections/ReviewRequests'
import { Roadmaps } from './collections/Roadmaps'
import { Users } from './collections/Users'
import { SiteSettings } from './globals/SiteSettings'
import { auditFailedGraphQLLogin } from './src/audit/hooks/auditFailedLogin'
import { withAuditLog } from './src/audit/withAuditLog'
import { CONCURRENCY_LOGGING_LEVELS } from './src/concurrency/errors'
import { withConcurrencyControl } from './src/concurrency/withConcurrencyControl'
import { COLLECTION, DEFAULT_LOCALE, UPLOAD_MAX_BYTES } from './src/constants'
import { databaseAdapter } from './src/db/adapter'
import { guardDatabasePool } from './src/db/guardDatabasePool'
import { answerDatabaseUnavailable } from './src/hooks/answerDatabaseUnavailable'
import { withPublicPageInvalidation, withPublicPageInvalidationGlobal } from './src/hooks/invalidatePublicPages'
import { settleFailedGraphQLLogin } from './src/hooks/throttleFailedLogins'
import { publicSearchQueries } from './src/search/publicSearchQuery'
import { PROJECT_ROOT } from './src/utilities/projectRoot'

const dirname = PROJECT_ROOT

export default buildConfig({
  serverURL: process.env.PUBLIC_URL ?? '',
  secret: process.env.PAYLOAD_SECRET ?? '',
  admin: {
    user: COLLECTION.users,
    meta: { titleSuffix: ' · Lentera' },
    // Gravatar would send each user's email hash to a third party (and the CSP blocks it anyway).
    avatar: 'default',
    importMap: { baseDir: path.resolve(dirname, 'src') },
    components: {
      afterNavLinks: ['/admin/review/ReviewQueueNavLink#ReviewQueueNavLink'],
      views: {
        reviewQueue: { Component: '/admin/review/ReviewQueueView#ReviewQueueView', path: '/tinjauan', exact: true },
      },
    },
  },
  collections: [
    Roadmaps,
    RoadmapSections,
    Commitments,
    Milestones,
    ProgressReports,
    ReviewRequests,
    Indicators,
    Organizations,
    Media,
    Users,
    AuditEvents,
  ]
    .map(withConcurrencyControl)
    .map(withAuditLog)
    .map(withPublicPageInvalidation),
  globals: [SiteSettings].map(withPublicPageInvalidationGlobal),
  hooks: {
    afterError: [auditFailedGraphQLLogin, settleFailedGraphQLLogin, answerDatabaseUnavailable],
  },
  editor: lexicalEditor(),
  db: databaseAdapter(),
  sharp,
  i18n: {
    fallbackLanguage: 'id',
    supportedLanguages: { id, en },
  },
  localization: {
    locales: [
      { code: 'id', label: 'Bahasa Indonesia' },
      { code: 'en', label: 'English' },
    ],
    defaultLocale: DEFAULT_LOCALE,
    fallback: true,
  },
  upload: {
    limits: { fileSize: UPLOAD_MAX_BYTES },
    abortOnLimit: true,
    responseOnLimit: 'Berkas melebihi batas 20 MB (the file is larger than the 20 MB limit).',
  },
  graphQL: {
    disablePlaygroundInProduction: true,
    // publicSearch: full-text search over what the public may read (/cari uses it).
    queries: publicSearchQueries,
  },
  typescript: {
    outputFile: path.resolve(dirname, 'src/payload-types.ts'),
  },
  telemetry: false,
  // Refusals that are part of normal collaboration are logged as info, without a stack.
  loggingLevels: { ...CONCURRENCY_LOGGING_LEVELS, SubmissionOutdated: 'info' } as Config['loggingLevels'],
  onInit: async (payload) => {
    guardDatabasePool(payload)
  },
})
