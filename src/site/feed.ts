import { buildAtomFeed, tagUri } from './exports/atom'
import type { AtomEntry } from './exports/atom'
import { richTextToLine } from './exports/richText'
import type { Lang } from './i18n'
import { SITE_LANGS, TEXT, pathFor } from './i18n'
import { publicOrigin } from './metadata'
import { publicQuery } from './publicGraphQL'

/** How many of each kind the feed carries: the newest. */
const FEED_SIZE = 30
const SUMMARY_MAX = 600

type Organization = { name?: string | null; acronym?: string | null } | null
type FeedData = {
  ProgressReports: {
    docs: {
      id: number | string
      periodLabel: string
      approvedAt?: string | null
      updatedAt: string
      summary?: unknown
      commitment?: { title?: string | null; slug?: string | null } | null
      organization?: Organization
    }[]
  }
  Commitments: {
    docs: {
      id: number | string
      title: string
      slug?: string | null
      createdAt: string
      updatedAt: string
      description?: unknown
      organization?: Organization
    }[]
  }
}

/**
 * Read as the anonymous public, so only approved reports and published commitments appear.
 * There is no public "published at" for a commitment: it enters the feed by when it was created
 * (its `published`), and its `updated` moves when the published version changes.
 */
const FEED_QUERY = `query Feed($locale: LocaleInputType, $fallbackLocale: FallbackLocaleInputType) {
  ProgressReports(sort: "-approvedAt", limit: ${FEED_SIZE}, locale: $locale, fallbackLocale: $fallbackLocale) {
    docs { id periodLabel approvedAt updatedAt summary commitment { title slug } organization { name acronym } }
  }
  Commitments(sort: "-createdAt", limit: ${FEED_SIZE}, locale: $locale, fallbackLocale: $fallbackLocale) {
    docs { id title slug createdAt updatedAt description organization { name acronym } }
  }
}`

const FEED_TEXT = {
  id: {
    title: 'Lentera: laporan kemajuan dan komitmen terbaru',
    subtitle: 'Laporan kemajuan yang disetujui sekretariat dan komitmen yang baru dipublikasikan pada Peta Jalan Pelindungan Anak di Ranah Dalam Jaringan 2025–2029.',
    report: 'Laporan kemajuan',
    commitment: 'Komitmen baru',
    reportTitle: (commitment: string, period: string) => `Laporan kemajuan: ${commitment} — ${period}`,
    commitmentTitle: (title: string) => `Komitmen baru: ${title}`,
  },
  en: {
    title: 'Lentera: latest progress reports and commitments',
    subtitle: 'Progress reports approved by the secretariat and newly published commitments under Indonesia’s Online Child Protection Roadmap 2025–2029.',
    report: 'Progress report',
    commitment: 'New commitment',
    reportTitle: (commitment: string, period: string) => `Progress report: ${commitment} — ${period}`,
    commitmentTitle: (title: string) => `New commitment: ${title}`,
  },
} as const

const shorten = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`)

const organizationName = (organization: Organization | undefined) => organization?.name || organization?.acronym || null

/** The feed as Atom XML in a language. */
export const loadAtomFeed = async (lang: Lang, now = new Date()): Promise<string> => {
  const origin = publicOrigin()
  const own = FEED_TEXT[lang]
  const data = await publicQuery<FeedData>(FEED_QUERY, { lang })
  const reports: AtomEntry[] = data.ProgressReports.docs.map((report) => ({
    id: tagUri(origin, `${lang}/progress-report/${report.id}`),
    title: own.reportTitle(report.commitment?.title ?? TEXT[lang].commitment, report.periodLabel),
    link: report.commitment?.slug
      ? `${origin}${pathFor(lang, `/komitmen/${encodeURIComponent(report.commitment.slug)}`)}#laporan`
      : `${origin}${pathFor(lang, '/')}`,
    updated: report.approvedAt ?? report.updatedAt,
    author: organizationName(report.organization),
    summary: shorten(richTextToLine(report.summary), SUMMARY_MAX) || null,
    category: { term: 'progress-report', label: own.report },
  }))
  const commitments: AtomEntry[] = data.Commitments.docs.map((commitment) => ({
    id: tagUri(origin, `${lang}/commitment/${commitment.id}`),
    title: own.commitmentTitle(commitment.title),
    link: commitment.slug ? `${origin}${pathFor(lang, `/komitmen/${encodeURIComponent(commitment.slug)}`)}` : `${origin}${pathFor(lang, '/')}`,
    published: commitment.createdAt,
    updated: commitment.updatedAt,
    author: organizationName(commitment.organization),
    summary: shorten(richTextToLine(commitment.description), SUMMARY_MAX) || null,
    category: { term: 'commitment', label: own.commitment },
  }))
  return buildAtomFeed({
    id: `${origin}${pathFor(lang, '/feed.xml')}`,
    title: own.title,
    subtitle: own.subtitle,
    lang,
    self: `${origin}${pathFor(lang, '/feed.xml')}`,
    alternate: `${origin}${pathFor(lang, '/')}`,
    alternates: SITE_LANGS.filter((other) => other !== lang).map((other) => ({ hreflang: other, href: `${origin}${pathFor(other, '/feed.xml')}` })),
    author: TEXT[lang].siteName,
    now,
    entries: [...reports, ...commitments],
  })
}

/** `/feed.xml` and `/en/feed.xml`. */
export const atomFeedResponse = async (lang: Lang): Promise<Response> =>
  new Response(await loadAtomFeed(lang), {
    status: 200,
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8', 'Content-Language': lang },
  })
