import { Fragment } from 'react'

import type { DiffSegment } from '../../domain/textDiff'
import { differsInWords, diffWords, richTextToPlainText, sideOf } from '../../domain/textDiff'
import { Breadcrumbs } from '../components/Breadcrumbs'
import { PageFrame } from '../components/PageFrame'
import type { Lang } from '../i18n'
import { TEXT, formatDate, pathFor } from '../i18n'
import { pageMetadata } from '../metadata'
import { publicQuery } from '../publicGraphQL'
import { CHANGES_TEXT } from './changesText'

/** At most this many changes are shown, most recent first. */
export const CHANGE_LIMIT = 50
/** How many of the most recent published versions are looked at to find the documents that changed. */
const RECENT_VERSIONS = 500
/** Documents whose last two published versions are fetched in one query. */
const BATCH_SIZE = 25

type Id = number | string
type Subject = 'section' | 'roadmap'
type FieldName = 'title' | 'body' | 'summary'

type RecentVersion = { updatedAt: string; parent?: { id: Id } | null }
type SectionVersion = {
  id: Id
  updatedAt: string
  parent?: { id: Id; code?: string | null } | null
  version?: { code?: string | null; title?: string | null; body?: unknown } | null
}
type RoadmapVersion = {
  id: Id
  updatedAt: string
  parent?: { id: Id } | null
  version?: { title?: string | null; summary?: unknown } | null
}

type Candidate = { subject: Subject; id: Id; latestAt: string }

export type Change = {
  key: string
  subject: Subject
  code: string | null
  title: string
  publishedAt: string
  previousPublishedAt: string
  fields: { name: FieldName; segments: DiffSegment[] }[]
}

const PUBLISHED = 'version___status: { equals: published }'

/**
 * Versions are readable by the public only when they were published (src/access/publishedVersionsOrStaff.ts);
 * the filter is repeated here so the page never depends on who runs the query. A version whose
 * document is no longer public has no `parent` for the public and is left out.
 */
const RECENT_QUERY = `query RecentPublishedVersions($locale: LocaleInputType, $fallbackLocale: FallbackLocaleInputType, $limit: Int) {
  versionsRoadmapSections(where: { ${PUBLISHED} }, sort: "-updatedAt", limit: $limit, locale: $locale, fallbackLocale: $fallbackLocale) {
    docs { updatedAt parent { id } }
  }
  versionsRoadmaps(where: { ${PUBLISHED} }, sort: "-updatedAt", limit: $limit, locale: $locale, fallbackLocale: $fallbackLocale) {
    docs { updatedAt parent { id } }
  }
}`

const SECTION_FIELDS = 'docs { id updatedAt parent { id code } version { code title body } }'
const ROADMAP_FIELDS = 'docs { id updatedAt parent { id } version { title summary } }'

/** The two newest published versions of each candidate, one aliased field per document. */
const pairsQuery = (candidates: Candidate[]) => {
  const variables = candidates.map((_, index) => `$d${index}: JSON`).join(', ')
  const fields = candidates.map(({ subject }, index) => {
    const collection = subject === 'section' ? 'versionsRoadmapSections' : 'versionsRoadmaps'
    const selection = subject === 'section' ? SECTION_FIELDS : ROADMAP_FIELDS
    return `d${index}: ${collection}(where: { parent: { equals: $d${index} }, ${PUBLISHED} }, sort: "-updatedAt", limit: 2, locale: $locale, fallbackLocale: $fallbackLocale) { ${selection} }`
  })
  return `query PublishedVersionPairs($locale: LocaleInputType, $fallbackLocale: FallbackLocaleInputType, ${variables}) {\n  ${fields.join('\n  ')}\n}`
}

/** The documents with a recent published version, newest first, each once. */
const recentCandidates = (sections: RecentVersion[], roadmaps: RecentVersion[]): Candidate[] => {
  const seen = new Set<string>()
  const candidates: Candidate[] = []
  const all = [
    ...sections.map((version) => ({ subject: 'section' as const, version })),
    ...roadmaps.map((version) => ({ subject: 'roadmap' as const, version })),
  ].sort((a, b) => b.version.updatedAt.localeCompare(a.version.updatedAt))
  for (const { subject, version } of all) {
    const id = version.parent?.id
    if (id === undefined || id === null) continue
    const key = `${subject}-${id}`
    if (seen.has(key)) continue
    seen.add(key)
    candidates.push({ subject, id, latestAt: version.updatedAt })
  }
  return candidates
}

const fieldChanges = (pairs: { name: FieldName; before: string; after: string }[]) =>
  pairs.filter(({ before, after }) => differsInWords(before, after)).map(({ name, before, after }) => ({ name, segments: diffWords(before, after) }))

const sectionChange = (versions: SectionVersion[]): Change | null => {
  const [newer, older] = versions
  if (!newer || !older || !newer.parent) return null
  const fields = fieldChanges([
    { name: 'title', before: older.version?.title ?? '', after: newer.version?.title ?? '' },
    { name: 'body', before: richTextToPlainText(older.version?.body), after: richTextToPlainText(newer.version?.body) },
  ])
  if (fields.length === 0) return null
  return {
    key: `section-${newer.parent.id}`,
    subject: 'section',
    code: newer.parent.code ?? newer.version?.code ?? null,
    title: newer.version?.title ?? '',
    publishedAt: newer.updatedAt,
    previousPublishedAt: older.updatedAt,
    fields,
  }
}

const roadmapChange = (versions: RoadmapVersion[]): Change | null => {
  const [newer, older] = versions
  if (!newer || !older || !newer.parent) return null
  const fields = fieldChanges([
    { name: 'title', before: older.version?.title ?? '', after: newer.version?.title ?? '' },
    { name: 'summary', before: richTextToPlainText(older.version?.summary), after: richTextToPlainText(newer.version?.summary) },
  ])
  if (fields.length === 0) return null
  return {
    key: `roadmap-${newer.parent.id}`,
    subject: 'roadmap',
    code: null,
    title: newer.version?.title ?? '',
    publishedAt: newer.updatedAt,
    previousPublishedAt: older.updatedAt,
    fields,
  }
}

/**
 * The latest change of each roadmap section (and of the roadmap itself) between its two newest
 * published versions, most recent first, at most `CHANGE_LIMIT`. Drafts and autosaves never
 * count: only published versions are compared, and pairs whose title and text are the same in
 * words (another field changed) are left out. Documents are found among the newest
 * `RECENT_VERSIONS` published versions.
 */
export const loadChanges = async (lang: Lang): Promise<{ changes: Change[]; isLimited: boolean }> => {
  const recent = await publicQuery<{ versionsRoadmapSections: { docs: RecentVersion[] }; versionsRoadmaps: { docs: RecentVersion[] } }>(RECENT_QUERY, {
    lang,
    variables: { limit: RECENT_VERSIONS },
  })
  const candidates = recentCandidates(recent.versionsRoadmapSections.docs, recent.versionsRoadmaps.docs)
  const changes: Change[] = []
  for (let start = 0; start < candidates.length && changes.length <= CHANGE_LIMIT; start += BATCH_SIZE) {
    const batch = candidates.slice(start, start + BATCH_SIZE)
    const variables = Object.fromEntries(batch.map((candidate, index) => [`d${index}`, candidate.id]))
    const data = await publicQuery<Record<string, { docs: (SectionVersion & RoadmapVersion)[] }>>(pairsQuery(batch), { lang, variables })
    batch.forEach((candidate, index) => {
      const docs = data[`d${index}`]?.docs ?? []
      const change = candidate.subject === 'section' ? sectionChange(docs) : roadmapChange(docs)
      if (change) changes.push(change)
    })
  }
  changes.sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))
  return { changes: changes.slice(0, CHANGE_LIMIT), isLimited: changes.length > CHANGE_LIMIT }
}

export const changesMetadata = (lang: Lang) =>
  pageMetadata({ lang, path: '/perubahan', title: TEXT[lang].changesTitle, description: TEXT[lang].changesIntro })

/** Text with its line breaks (paragraphs of the body are lines). */
const Lines = ({ text }: { text: string }) => (
  <>
    {text.split('\n').map((line, index) => (
      <Fragment key={index}>
        {index > 0 ? <br /> : null}
        {line}
      </Fragment>
    ))}
  </>
)

/**
 * One side of a change: the text before with its deletions, or after with its insertions. The
 * marks are <del>/<ins> (struck through / underlined, not only coloured) and say what they are
 * in words for screen readers, which mostly do not announce those elements.
 */
const DiffText = ({ lang, segments, side }: { lang: Lang; segments: DiffSegment[]; side: 'before' | 'after' }) => {
  const text = TEXT[lang]
  const words = CHANGES_TEXT[lang]
  const shown = sideOf(segments, side)
  if (shown.every((segment) => segment.text.trim() === '')) return <span className="muted">{words.empty}</span>
  return (
    <>
      {shown.map((segment, index) => {
        if (segment.kind === 'same' || segment.text.trim() === '') return <Lines key={index} text={segment.text} />
        if (segment.kind === 'inserted') {
          return (
            <ins key={index}>
              <span className="sr-only">{`${text.inserted}: `}</span>
              <Lines text={segment.text} />
              <span className="sr-only">{` (${words.endInserted})`}</span>
            </ins>
          )
        }
        return (
          <del key={index}>
            <span className="sr-only">{`${text.deleted}: `}</span>
            <Lines text={segment.text} />
            <span className="sr-only">{` (${words.endDeleted})`}</span>
          </del>
        )
      })}
    </>
  )
}

const ChangeEntry = ({ lang, change }: { lang: Lang; change: Change }) => {
  const text = TEXT[lang]
  const words = CHANGES_TEXT[lang]
  const headingId = `perubahan-${change.key}`
  return (
    <article className="change" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {change.subject === 'section' && change.code ? (
          <a href={pathFor(lang, `/peta-jalan/${change.code}`)}>
            {change.code}. {change.title}
          </a>
        ) : (
          <a href={pathFor(lang, '/peta-jalan')}>
            {words.roadmap}: {change.title}
          </a>
        )}
      </h2>
      <p className="muted">
        {text.publishedOn} <time dateTime={change.publishedAt}>{formatDate(lang, change.publishedAt)}</time> · {words.previouslyPublished}{' '}
        <time dateTime={change.previousPublishedAt}>{formatDate(lang, change.previousPublishedAt)}</time>
      </p>
      {change.fields.map((field) => (
        <Fragment key={field.name}>
          <h3>{words[field.name]}</h3>
          <dl className="diff">
            <dt>
              <strong>{text.before}</strong>
            </dt>
            <dd>
              <DiffText lang={lang} segments={field.segments} side="before" />
            </dd>
            <dt>
              <strong>{text.after}</strong>
            </dt>
            <dd>
              <DiffText lang={lang} segments={field.segments} side="after" />
            </dd>
          </dl>
        </Fragment>
      ))}
    </article>
  )
}

/** `/perubahan`: what changed between published versions of the roadmap, per section. */
export const ChangesPage = async ({ lang }: { lang: Lang }) => {
  const text = TEXT[lang]
  const words = CHANGES_TEXT[lang]
  const { changes, isLimited } = await loadChanges(lang)
  return (
    <PageFrame lang={lang} path="/perubahan">
      <Breadcrumbs lang={lang} items={[{ label: text.nav.changes, path: '/perubahan' }]} />
      <h1>{text.changesTitle}</h1>
      <p className="lead">{text.changesIntro}</p>
      <p className="muted">{words.limitNote(CHANGE_LIMIT)}</p>
      {changes.length === 0 ? (
        <p>{text.noChanges}</p>
      ) : (
        changes.map((change) => <ChangeEntry key={change.key} lang={lang} change={change} />)
      )}
      {isLimited ? <p className="muted">{words.limitReached(CHANGE_LIMIT)}</p> : null}
    </PageFrame>
  )
}
