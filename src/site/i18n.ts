import type { COMMITMENT_STATUSES, COMPLETION_LEVELS, MILESTONE_STATUSES } from '../constants'
import { MNR_CAPABILITIES } from '../constants'

/**
 * The public site's two languages: Indonesian at the root, English under /en, the same pages
 * in both. Every word the site prints comes from here or from the content itself.
 */
export const SITE_LANGS = ['id', 'en'] as const
export type Lang = (typeof SITE_LANGS)[number]

/** BCP 47 locales for numbers and dates: Indonesian, and British English (day-month order, as read in Indonesia). */
export const INTL_LOCALE: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' }

/** A site path in a language: `/peta-jalan` → `/en/peta-jalan`. */
export const pathFor = (lang: Lang, path: string): string => {
  const clean = path.startsWith('/') ? path : `/${path}`
  if (lang === 'id') return clean
  return clean === '/' ? '/en' : `/en${clean}`
}

/** The same page in the other language (for the language switch and hreflang). */
export const otherLang = (lang: Lang): Lang => (lang === 'id' ? 'en' : 'id')

export const formatNumber = (lang: Lang, value: number, maximumFractionDigits = 1): string =>
  new Intl.NumberFormat(INTL_LOCALE[lang], { maximumFractionDigits }).format(value)

export const formatPercent = (lang: Lang, value: number | null | undefined): string =>
  typeof value === 'number' ? `${formatNumber(lang, value)}%` : TEXT[lang].noData

/** Dates as people read them, in Jakarta time (the roadmap's time zone). */
export const formatDate = (lang: Lang, value: string | Date | null | undefined): string => {
  if (!value) return '—'
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) return '—'
  return new Intl.DateTimeFormat(INTL_LOCALE[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Asia/Jakarta' }).format(date)
}

type StatusLabels<T extends readonly string[]> = Record<T[number], string>

const COMMITMENT_STATUS: Record<Lang, StatusLabels<typeof COMMITMENT_STATUSES>> = {
  id: {
    'not-started': 'Belum dimulai',
    'on-track': 'Sesuai jadwal',
    'at-risk': 'Berisiko',
    delayed: 'Terlambat',
    completed: 'Selesai',
    discontinued: 'Dihentikan',
  },
  en: {
    'not-started': 'Not started',
    'on-track': 'On track',
    'at-risk': 'At risk',
    delayed: 'Delayed',
    completed: 'Completed',
    discontinued: 'Discontinued',
  },
}

const MILESTONE_STATUS: Record<Lang, StatusLabels<typeof MILESTONE_STATUSES>> = {
  id: { planned: 'Direncanakan', 'in-progress': 'Sedang berjalan', done: 'Tercapai', missed: 'Terlewat' },
  en: { planned: 'Planned', 'in-progress': 'In progress', done: 'Done', missed: 'Missed' },
}

const COMPLETION: Record<Lang, StatusLabels<typeof COMPLETION_LEVELS>> = {
  id: { 'no-evidence': 'Tidak ada bukti', 'not-started': 'Belum dimulai', limited: 'Terbatas', substantial: 'Substansial', complete: 'Tuntas' },
  en: { 'no-evidence': 'No evidence available', 'not-started': 'Not started', limited: 'Limited', substantial: 'Substantial', complete: 'Complete' },
}

const SECTION_KIND: Record<Lang, Record<'direction' | 'strategy' | 'focus' | 'intervention', string>> = {
  id: { direction: 'Arah Kebijakan', strategy: 'Strategi', focus: 'Fokus Strategi', intervention: 'Intervensi Kunci' },
  en: { direction: 'Policy direction', strategy: 'Strategy', focus: 'Focus area', intervention: 'Key intervention' },
}

const ORGANIZATION_KIND: Record<Lang, Record<string, string>> = {
  id: {
    ministry: 'Kementerian',
    agency: 'Lembaga',
    'regional-government': 'Pemerintah daerah',
    'international-organization': 'Organisasi internasional',
    ngo: 'Organisasi masyarakat sipil',
    industry: 'Industri',
    academia: 'Akademisi',
    other: 'Lainnya',
  },
  en: {
    ministry: 'Ministry',
    agency: 'Agency',
    'regional-government': 'Regional government',
    'international-organization': 'International organization',
    ngo: 'Civil society organization',
    industry: 'Industry',
    academia: 'Academia',
    other: 'Other',
  },
}

export const commitmentStatusLabel = (lang: Lang, status: string | null | undefined) =>
  (status && COMMITMENT_STATUS[lang][status as keyof (typeof COMMITMENT_STATUS)['id']]) || TEXT[lang].noData
export const milestoneStatusLabel = (lang: Lang, status: string | null | undefined) =>
  (status && MILESTONE_STATUS[lang][status as keyof (typeof MILESTONE_STATUS)['id']]) || TEXT[lang].noData
export const completionLabel = (lang: Lang, level: string | null | undefined) =>
  (level && COMPLETION[lang][level as keyof (typeof COMPLETION)['id']]) || TEXT[lang].notAssessed
export const sectionKindLabel = (lang: Lang, kind: string | null | undefined) =>
  (kind && SECTION_KIND[lang][kind as keyof (typeof SECTION_KIND)['id']]) || ''
export const organizationKindLabel = (lang: Lang, kind: string | null | undefined) => (kind && ORGANIZATION_KIND[lang][kind]) || ''

export const mnrCapabilityLabel = (lang: Lang, number: number): string => {
  const capability = MNR_CAPABILITIES.find((item) => item.number === number)
  return capability ? `${number}. ${capability[lang]}` : String(number)
}

export const TEXT = {
  id: {
    siteName: 'Lentera',
    siteSubtitle: 'Peta Jalan Pelindungan Anak di Ranah Daring 2025–2029',
    siteDescription:
      'Kemajuan pelaksanaan Peta Jalan Pelindungan Anak di Ranah Dalam Jaringan 2025–2029 (Perpres No. 87 Tahun 2025): strategi, komitmen, tonggak capaian, laporan dan indikator.',
    skipToContent: 'Langsung ke konten',
    switchLanguage: 'English',
    switchLanguageLabel: 'Read this page in English',
    nav: {
      home: 'Beranda',
      roadmap: 'Peta Jalan',
      partners: 'Mitra',
      indicators: 'Indikator',
      status: 'Status Pelaporan',
      changes: 'Perubahan',
      data: 'Data Terbuka',
      search: 'Cari',
    },
    mainNavigation: 'Navigasi utama',
    demoNoticeTitle: 'Data contoh / demo data.',
    demoNotice:
      'Status, tanggal, tonggak capaian dan angka kemajuan di situs ini adalah contoh ilustratif, bukan data resmi. Fakta bersumber (judul peta jalan, dasar hukum, organisasi, indikator) dicantumkan apa adanya.',
    footer: 'Lentera — situs transparansi Peta Jalan Pelindungan Anak di Ranah Dalam Jaringan (Perpres No. 87 Tahun 2025).',
    footerData: 'Data terbuka dan umpan berita',
    noData: 'Belum ada data',
    notAssessed: 'Belum dinilai',
    overallProgress: 'Kemajuan keseluruhan',
    progressOf: (name: string) => `Kemajuan ${name}`,
    progressNote: 'Kemajuan dihitung dari bobot tonggak capaian yang telah dipublikasikan setelah ditinjau sekretariat.',
    strategies: 'Strategi',
    noStrategies: 'Belum ada strategi yang dipublikasikan.',
    noRoadmap: 'Belum ada peta jalan yang ditetapkan dan dipublikasikan. Silakan kembali lagi nanti.',
    commitmentsByStatus: 'Komitmen menurut status',
    commitmentsByStatusNote: 'Status dilaporkan sendiri oleh lembaga pelaksana.',
    overdueMilestones: 'Tonggak capaian yang melewati tenggat',
    noOverdue: 'Tidak ada tonggak capaian yang melewati tenggat.',
    latestReports: 'Laporan kemajuan terbaru yang disetujui',
    noReports: 'Belum ada laporan kemajuan yang disetujui.',
    headlineIndicators: 'Indikator utama',
    noIndicators: 'Belum ada indikator.',
    allIndicators: 'Semua indikator',
    due: 'Tenggat',
    approvedOn: 'disetujui',
    period: 'Periode',
    source: 'Sumber',
    sourceAndPeriod: 'Sumber dan periode',
    latestValue: 'Nilai terbaru',
    baseline: 'Nilai dasar',
    target: 'Target',
    unit: 'Satuan',
    value: 'Nilai',
    year: 'Tahun',
    note: 'Catatan',
    count: 'Jumlah',
    status: 'Status',
    commitments: 'Komitmen',
    commitment: 'Komitmen',
    milestones: 'Tonggak capaian',
    reports: 'Laporan kemajuan',
    organization: 'Organisasi',
    organizations: 'Organisasi',
    leadAgency: 'Penanggung jawab',
    relatedAgencies: 'Lembaga terkait',
    outputs: 'Keluaran',
    targetYears: 'Tahun target',
    mnrCapabilities: 'Kapabilitas MNR',
    mnrExplainer: 'Kapabilitas Model National Response (WeProtect Global Alliance)',
    roadmapTitle: 'Peta Jalan',
    roadmapIntro: 'Arah kebijakan, strategi, fokus strategi dan intervensi kunci, dengan kemajuan masing-masing.',
    subsections: 'Bagian di bawahnya',
    commitmentsHere: 'Komitmen pada bagian ini',
    noCommitments: 'Belum ada komitmen yang dipublikasikan.',
    partnersTitle: 'Mitra pelaksana',
    partnersIntro: 'Kementerian, lembaga dan mitra yang berkomitmen melaksanakan peta jalan, dengan kartu kinerja masing-masing.',
    noPartners: 'Belum ada organisasi.',
    scorecard: 'Kartu kinerja',
    lastReport: 'Laporan terakhir',
    none: 'Belum ada',
    website: 'Situs web',
    description: 'Deskripsi',
    indicator: 'Indikator',
    baselineToTarget: 'Nilai dasar → target',
    timeline: 'Lini waktu tonggak capaian',
    noMilestones: 'Belum ada tonggak capaian yang dipublikasikan.',
    evidence: 'Bukti',
    selfReported: 'Status menurut lembaga (laporan mandiri)',
    assessment: 'Penilaian sekretariat (skala OGP)',
    section: 'Intervensi kunci',
    role: 'Peran',
    indicatorsTitle: 'Indikator',
    indicatorsIntro: 'Indikator pemantauan peta jalan dengan nilai, sumber dan periode setiap angka.',
    progressStatus: 'Status kemajuan',
    chartTitle: (name: string) => `Grafik nilai ${name}`,
    dataTable: 'Tabel data',
    direction: 'Arah',
    statusTitle: 'Status pelaporan',
    statusIntro: 'Komitmen menurut lembaga, strategi dan kapabilitas MNR, termasuk kapabilitas yang belum tercakup komitmen mana pun.',
    byAgency: 'Menurut lembaga',
    byStrategy: 'Menurut strategi',
    byCapability: 'Menurut kapabilitas MNR',
    uncovered: 'Kapabilitas MNR yang belum tercakup',
    allCovered: 'Semua 21 kapabilitas sudah tercakup sedikitnya satu komitmen.',
    changesTitle: 'Perubahan peta jalan',
    changesIntro: 'Apa yang berubah antara versi peta jalan yang dipublikasikan, per bagian: teks yang dihapus dicoret, teks yang ditambah digarisbawahi.',
    noChanges: 'Belum ada perubahan antara versi yang dipublikasikan.',
    before: 'Sebelum',
    after: 'Sesudah',
    inserted: 'ditambahkan',
    deleted: 'dihapus',
    publishedOn: 'Dipublikasikan',
    dataTitle: 'Data terbuka',
    dataIntro: 'Unduh data yang telah dipublikasikan dalam format CSV atau JSON. Hanya data terbit yang disertakan.',
    columns: 'Kolom',
    download: 'Unduh',
    feed: 'Umpan Atom laporan dan komitmen terbaru',
    searchTitle: 'Cari',
    searchLabel: 'Kata kunci',
    searchButton: 'Cari',
    searchIntro: 'Cari di bagian peta jalan, komitmen dan organisasi yang dipublikasikan.',
    searchResults: (count: number, query: string) => `${count} hasil untuk “${query}”`,
    searchNoResults: (query: string) => `Tidak ada hasil untuk “${query}”. Coba kata lain.`,
    notFoundTitle: 'Halaman tidak ditemukan',
    notFoundBody: 'Halaman yang Anda cari tidak ada atau belum dipublikasikan. Coba mulai dari salah satu halaman ini:',
    breadcrumb: 'Jejak halaman',
  },
  en: {
    siteName: 'Lentera',
    siteSubtitle: 'Online Child Protection Roadmap 2025–2029',
    siteDescription:
      'Progress of Indonesia’s Online Child Protection Roadmap 2025–2029 (Presidential Regulation No. 87/2025): strategies, commitments, milestones, reports and indicators.',
    skipToContent: 'Skip to content',
    switchLanguage: 'Bahasa Indonesia',
    switchLanguageLabel: 'Baca halaman ini dalam Bahasa Indonesia',
    nav: {
      home: 'Home',
      roadmap: 'Roadmap',
      partners: 'Partners',
      indicators: 'Indicators',
      status: 'Reporting status',
      changes: 'Changes',
      data: 'Open data',
      search: 'Search',
    },
    mainNavigation: 'Main navigation',
    demoNoticeTitle: 'Demo data / data contoh.',
    demoNotice:
      'Statuses, dates, milestones and progress figures on this site are illustrative examples, not official data. Sourced facts (the roadmap’s title, legal basis, organizations, indicators) are shown as published.',
    footer: 'Lentera — the transparency site of Indonesia’s Online Child Protection Roadmap (Presidential Regulation No. 87/2025).',
    footerData: 'Open data and news feed',
    noData: 'No data yet',
    notAssessed: 'Not assessed yet',
    overallProgress: 'Overall progress',
    progressOf: (name: string) => `Progress of ${name}`,
    progressNote: 'Progress is computed from the weights of milestones published after the secretariat’s review.',
    strategies: 'Strategies',
    noStrategies: 'No strategies have been published yet.',
    noRoadmap: 'No roadmap has been adopted and published yet. Please come back later.',
    commitmentsByStatus: 'Commitments by status',
    commitmentsByStatusNote: 'Statuses are self-reported by the implementing agencies.',
    overdueMilestones: 'Overdue milestones',
    noOverdue: 'No milestones are overdue.',
    latestReports: 'Latest approved progress reports',
    noReports: 'No progress reports have been approved yet.',
    headlineIndicators: 'Headline indicators',
    noIndicators: 'No indicators yet.',
    allIndicators: 'All indicators',
    due: 'Due',
    approvedOn: 'approved',
    period: 'Period',
    source: 'Source',
    sourceAndPeriod: 'Source and period',
    latestValue: 'Latest value',
    baseline: 'Baseline',
    target: 'Target',
    unit: 'Unit',
    value: 'Value',
    year: 'Year',
    note: 'Note',
    count: 'Count',
    status: 'Status',
    commitments: 'Commitments',
    commitment: 'Commitment',
    milestones: 'Milestones',
    reports: 'Progress reports',
    organization: 'Organization',
    organizations: 'Organizations',
    leadAgency: 'Lead agency',
    relatedAgencies: 'Related agencies',
    outputs: 'Outputs',
    targetYears: 'Target years',
    mnrCapabilities: 'MNR capabilities',
    mnrExplainer: 'Model National Response capabilities (WeProtect Global Alliance)',
    roadmapTitle: 'Roadmap',
    roadmapIntro: 'Policy directions, strategies, focus areas and key interventions, each with its progress.',
    subsections: 'Sections below',
    commitmentsHere: 'Commitments under this section',
    noCommitments: 'No commitments have been published yet.',
    partnersTitle: 'Implementing partners',
    partnersIntro: 'The ministries, agencies and partners committed to the roadmap, each with its scorecard.',
    noPartners: 'No organizations yet.',
    scorecard: 'Scorecard',
    lastReport: 'Last report',
    none: 'None yet',
    website: 'Website',
    description: 'Description',
    indicator: 'Indicator',
    baselineToTarget: 'Baseline → target',
    timeline: 'Milestone timeline',
    noMilestones: 'No milestones have been published yet.',
    evidence: 'Evidence',
    selfReported: 'Status according to the agency (self-reported)',
    assessment: 'Secretariat’s assessment (OGP scale)',
    section: 'Key intervention',
    role: 'Role',
    indicatorsTitle: 'Indicators',
    indicatorsIntro: 'The roadmap’s monitoring indicators, with the source and period of every figure.',
    progressStatus: 'Progress status',
    chartTitle: (name: string) => `Chart of ${name}`,
    dataTable: 'Data table',
    direction: 'Direction',
    statusTitle: 'Reporting status',
    statusIntro: 'Commitments by agency, by strategy and by MNR capability, including the capabilities no commitment covers yet.',
    byAgency: 'By agency',
    byStrategy: 'By strategy',
    byCapability: 'By MNR capability',
    uncovered: 'MNR capabilities not covered yet',
    allCovered: 'All 21 capabilities are covered by at least one commitment.',
    changesTitle: 'Roadmap changes',
    changesIntro: 'What changed between published versions of the roadmap, per section: deleted text is struck through, inserted text underlined.',
    noChanges: 'No changes between published versions yet.',
    before: 'Before',
    after: 'After',
    inserted: 'inserted',
    deleted: 'deleted',
    publishedOn: 'Published',
    dataTitle: 'Open data',
    dataIntro: 'Download the published data as CSV or JSON. Only published data is included.',
    columns: 'Columns',
    download: 'Download',
    feed: 'Atom feed of the latest reports and commitments',
    searchTitle: 'Search',
    searchLabel: 'Search terms',
    searchButton: 'Search',
    searchIntro: 'Search the published roadmap sections, commitments and organizations.',
    searchResults: (count: number, query: string) => `${count} results for “${query}”`,
    searchNoResults: (query: string) => `No results for “${query}”. Try other words.`,
    notFoundTitle: 'Page not found',
    notFoundBody: 'The page you are looking for does not exist or has not been published. Try one of these pages:',
    breadcrumb: 'Breadcrumb',
  },
} as const

export type SiteText = (typeof TEXT)[Lang]
