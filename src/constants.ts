/**
 * The words every part of Lentera shares. Collection slugs, field option values and
 * role names are part of the public API (REST paths, GraphQL names): change them only
 * with a migration and a note to API consumers.
 */

export const COLLECTION = {
  users: 'users',
  organizations: 'organizations',
  roadmaps: 'roadmaps',
  roadmapSections: 'roadmap-sections',
  commitments: 'commitments',
  milestones: 'milestones',
  progressReports: 'progress-reports',
  indicators: 'indicators',
  media: 'media',
  auditEvents: 'audit-events',
  reviewRequests: 'review-requests',
} as const

export const GLOBAL = {
  siteSettings: 'site-settings',
} as const

export const ROLE = {
  admin: 'admin',
  secretariat: 'secretariat',
  partner: 'partner',
} as const
export type Role = (typeof ROLE)[keyof typeof ROLE]

export const LOCALES = ['id', 'en'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'id'

export const ORGANIZATION_KINDS = [
  'ministry',
  'agency',
  'regional-government',
  'international-organization',
  'ngo',
  'industry',
  'academia',
  'other',
] as const

export const ROADMAP_STATUSES = ['draft', 'consultation', 'adopted', 'superseded'] as const

/** Arah Kebijakan → Strategi → Fokus Strategi → Intervensi Kunci, top to bottom. */
export const SECTION_KINDS = ['direction', 'strategy', 'focus', 'intervention'] as const
export type SectionKind = (typeof SECTION_KINDS)[number]

export const COMMITMENT_ROLES = ['implementer', 'catalyst', 'partner'] as const
export const COMMITMENT_STATUSES = [
  'not-started',
  'on-track',
  'at-risk',
  'delayed',
  'completed',
  'discontinued',
] as const
/** The Open Government Partnership IRM completion scale. */
export const COMPLETION_LEVELS = ['no-evidence', 'not-started', 'limited', 'substantial', 'complete'] as const
export const MILESTONE_STATUSES = ['planned', 'in-progress', 'done', 'missed'] as const
export const REVIEW_STATUSES = ['submitted', 'changes-requested', 'approved'] as const
/**
 * A submission for review: open while `submitted`; decided by the secretariat (`approved`,
 * `changes-requested`); `withdrawn` when a newer submission of the same document replaces it or
 * the document goes to the trash.
 */
export const REVIEW_REQUEST_STATES = ['submitted', 'changes-requested', 'approved', 'withdrawn'] as const
export type ReviewRequestState = (typeof REVIEW_REQUEST_STATES)[number]
export const INDICATOR_DIRECTIONS = ['higher-is-better', 'lower-is-better'] as const

/** WeProtect Global Alliance Model National Response: 21 capabilities in 6 domains. */
export const MNR_CAPABILITIES = [
  { number: 1, domain: 'policy-governance', id: 'Kepemimpinan', en: 'Leadership' },
  { number: 2, domain: 'policy-governance', id: 'Riset, Analisis dan Pemantauan', en: 'Research, Analysis and Monitoring' },
  { number: 3, domain: 'policy-governance', id: 'Legislasi', en: 'Legislation' },
  { number: 4, domain: 'criminal-justice', id: 'Penegakan Hukum Khusus', en: 'Dedicated Law Enforcement' },
  { number: 5, domain: 'criminal-justice', id: 'Hakim dan Jaksa', en: 'Judiciary and Prosecutors' },
  { number: 6, domain: 'criminal-justice', id: 'Proses Penanganan Pelaku', en: 'Offender Management Process' },
  { number: 7, domain: 'criminal-justice', id: 'Akses ke Basis Data Gambar', en: 'Access to Image Databases' },
  { number: 8, domain: 'victim', id: 'Dukungan Menyeluruh', en: 'End-to-end Support' },
  { number: 9, domain: 'victim', id: 'Tenaga Perlindungan Anak', en: 'Child Protection Workforce' },
  { number: 10, domain: 'victim', id: 'Kompensasi, Pemulihan dan Pengaduan', en: 'Compensation, Remedies and Complaints Arrangements' },
  { number: 11, domain: 'victim', id: 'Layanan Bantuan Anak', en: 'Child Helpline' },
  { number: 12, domain: 'societal', id: 'Hotline CSEA', en: 'CSEA Hotline' },
  { number: 13, domain: 'societal', id: 'Program Edukasi', en: 'Education Programme' },
  { number: 14, domain: 'societal', id: 'Partisipasi Anak', en: 'Child Participation' },
  { number: 15, domain: 'societal', id: 'Sistem Dukungan Pelaku', en: 'Offender Support Systems' },
  { number: 16, domain: 'industry', id: 'Prosedur Penurunan Konten', en: 'Takedown Procedures' },
  { number: 17, domain: 'industry', id: 'Pelaporan CSEA', en: 'CSEA Reporting' },
  { number: 18, domain: 'industry', id: 'Pengembangan Solusi Inovatif', en: 'Innovative Solution Development' },
  { number: 19, domain: 'industry', id: 'Tanggung Jawab Sosial Perusahaan', en: 'Corporate Social Responsibility' },
  { number: 20, domain: 'media-communications', id: 'Pemberitaan Media yang Etis', en: 'Ethical and Informed Media Reporting' },
  { number: 21, domain: 'media-communications', id: 'Terminologi Universal', en: 'Universal Terminology' },
] as const

/** Uploads Lentera accepts, identified by their content. */
export const UPLOAD_MIME_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'image/webp'] as const
export const UPLOAD_MAX_BYTES = 20 * 1024 * 1024

/**
 * What an audit event records. publish/unpublish are derived from `_status` transitions,
 * trash/restore from `deletedAt` transitions (see src/audit/).
 */
export const AUDIT_ACTIONS = [
  'create',
  'update',
  'publish',
  'unpublish',
  'trash',
  'restore',
  'delete',
  'login',
  'login-failed',
] as const
export type AuditAction = (typeof AUDIT_ACTIONS)[number]

/** Why a login failed ('refused': right password, but e.g. the account is deactivated). The attempted email itself is never stored. */
export const AUDIT_LOGIN_FAILURES = ['unknown-account', 'wrong-password', 'locked', 'refused'] as const
export type AuditLoginFailure = (typeof AUDIT_LOGIN_FAILURES)[number]

/**
 * Set by Express on every request it passes on (any value a client sent is replaced): the
 * client's address, which Payload's hooks cannot otherwise see (they get a Web Request).
 */
export const CLIENT_ADDRESS_HEADER = 'x-lentera-client-address'

/** Context flags honoured by hooks, so that seeding and internal recomputation stay quiet. */
export const CONTEXT = {
  skipProgressRollup: 'skipProgressRollup',
  skipBreadcrumbs: 'skipBreadcrumbs',
  /** Set while the review workflow itself writes a reviewed document, so that it does not react to its own write. */
  reviewWorkflow: 'reviewWorkflow',
} as const
