import { Breadcrumbs } from '../components/Breadcrumbs'
import { PageFrame } from '../components/PageFrame'
import { ProgressBar } from '../components/ProgressBar'
import { RichText } from '../components/RichText'
import { StatusBadge } from '../components/StatusBadge'
import type { Lang } from '../i18n'
import { TEXT, commitmentStatusLabel, completionLabel, formatDate, formatNumber, milestoneStatusLabel, mnrCapabilityLabel, pathFor } from '../i18n'
import { pageMetadata } from '../metadata'
import { NotFoundPage } from './NotFoundPage'
import { publicQuery } from '../publicGraphQL'
import { fromEnum } from '../publicValues'

type PublicFile = { url?: string | null; filename?: string | null; alt?: string | null; mimeType?: string | null; filesize?: number | null }
type PublicCommitment = {
  id: number
  title: string
  slug: string
  role?: string | null
  description?: unknown
  status: string
  completion?: string | null
  progress?: number | null
  startDate?: string | null
  dueDate?: string | null
  mnrCapabilities?: string[] | null
  indicator?: { name?: string | null; unit?: string | null; baseline?: number | null; target?: number | null } | null
  organization?: { name: string; acronym?: string | null; slug: string } | null
  section?: { code: string; title: string } | null
}

const COMMITMENT_QUERY = `query Commitment($slug: String, $locale: LocaleInputType, $fallbackLocale: FallbackLocaleInputType) {
  Commitments(where: { slug: { equals: $slug } }, limit: 1, locale: $locale, fallbackLocale: $fallbackLocale) {
    docs {
      id title slug role description status completion progress startDate dueDate mnrCapabilities
      indicator { name unit baseline target }
      organization { name acronym slug }
      section { code title }
    }
  }
}`

const DETAILS_QUERY = `query CommitmentDetails($commitment: JSON, $locale: LocaleInputType, $fallbackLocale: FallbackLocaleInputType) {
  Milestones(where: { commitment: { equals: $commitment } }, sort: "dueDate", limit: 500, locale: $locale, fallbackLocale: $fallbackLocale) {
    docs { id title dueDate completedDate status weight evidence { url description file { url filename alt } } }
  }
  ProgressReports(where: { commitment: { equals: $commitment } }, sort: "-periodEnd", limit: 100, locale: $locale, fallbackLocale: $fallbackLocale) {
    docs { id periodLabel periodStart periodEnd approvedAt updatedAt summary indicatorValue attachments { url filename alt mimeType filesize } }
  }
}`

const loadCommitment = async (lang: Lang, slug: string) =>
  (await publicQuery<{ Commitments: { docs: PublicCommitment[] } }>(COMMITMENT_QUERY, { lang, variables: { slug } })).Commitments.docs[0] ?? null

export const commitmentMetadata = async (lang: Lang, slug: string) => {
  const commitment = await loadCommitment(lang, slug)
  return pageMetadata({
    lang,
    path: `/komitmen/${slug}`,
    title: commitment ? commitment.title : TEXT[lang].notFoundTitle,
    description: commitment
      ? `${commitment.organization?.name ?? ''} · ${commitmentStatusLabel(lang, fromEnum(commitment.status))}`
      : undefined,
  })
}

const FileLink = ({ lang, file }: { lang: Lang; file: PublicFile }) =>
  file.url ? (
    <a href={file.url}>
      {file.alt || file.filename}
      {file.filesize ? <span className="muted"> ({formatNumber(lang, file.filesize / 1024, 0)} KB)</span> : null}
    </a>
  ) : null

/** `/komitmen/[slug]`: a commitment, its milestones and its approved reports. */
export const CommitmentPage = async ({ lang, slug }: { lang: Lang; slug: string }) => {
  const text = TEXT[lang]
  const commitment = await loadCommitment(lang, slug)
  if (!commitment) return <NotFoundPage lang={lang} />
  const details = await publicQuery<{
    Milestones: {
      docs: {
        id: number
        title: string
        dueDate?: string | null
        completedDate?: string | null
        status: string
        weight?: number | null
        evidence?: { url?: string | null; description?: string | null; file?: PublicFile | null }[] | null
      }[]
    }
    ProgressReports: {
      docs: {
        id: number
        periodLabel: string
        periodStart?: string | null
        periodEnd?: string | null
        approvedAt?: string | null
        updatedAt: string
        summary?: unknown
        indicatorValue?: number | null
        attachments?: PublicFile[] | null
      }[]
    }
  }>(DETAILS_QUERY, { lang, variables: { commitment: commitment.id } })
  const status = fromEnum(commitment.status)
  const completion = fromEnum(commitment.completion)
  const capabilities = (commitment.mnrCapabilities ?? []).map((value) => Number(fromEnum(value))).filter(Number.isFinite)
  const indicator = commitment.indicator

  return (
    <PageFrame lang={lang} path={`/komitmen/${commitment.slug}`}>
      <Breadcrumbs
        lang={lang}
        items={[
          { label: text.partnersTitle, path: '/mitra' },
          ...(commitment.organization ? [{ label: commitment.organization.acronym || commitment.organization.name, path: `/mitra/${commitment.organization.slug}` }] : []),
          { label: commitment.title },
        ]}
      />
      <h1>{commitment.title}</h1>
      <p className="lead">
        {commitment.organization ? (
          <a href={pathFor(lang, `/mitra/${commitment.organization.slug}`)}>{commitment.organization.name}</a>
        ) : null}
        {commitment.section ? (
          <>
            {' · '}
            {text.section}{' '}
            <a href={pathFor(lang, `/peta-jalan/${commitment.section.code}`)}>
              {commitment.section.code} {commitment.section.title}
            </a>
          </>
        ) : null}
      </p>
      <ProgressBar lang={lang} value={commitment.progress} label={text.progressOf(commitment.title)} />

      <div className="side-by-side">
        <section className="card" aria-labelledby="status-mandiri">
          <h2 id="status-mandiri">{text.selfReported}</h2>
          <p>
            <StatusBadge status={status} label={commitmentStatusLabel(lang, status)} />
          </p>
        </section>
        <section className="card" aria-labelledby="penilaian">
          <h2 id="penilaian">{text.assessment}</h2>
          <p>
            <strong>{completionLabel(lang, completion)}</strong>
          </p>
        </section>
      </div>

      <h2>{text.description}</h2>
      <RichText data={commitment.description} />
      <dl className="facts">
        {commitment.startDate || commitment.dueDate ? (
          <>
            <dt>{text.period}</dt>
            <dd>
              {formatDate(lang, commitment.startDate)} – {formatDate(lang, commitment.dueDate)}
            </dd>
          </>
        ) : null}
        {indicator?.name ? (
          <>
            <dt>{text.indicator}</dt>
            <dd>
              {indicator.name}
              {typeof indicator.baseline === 'number' || typeof indicator.target === 'number' ? (
                <>
                  <br />
                  {text.baselineToTarget}:{' '}
                  {typeof indicator.baseline === 'number' ? formatNumber(lang, indicator.baseline) : '—'} →{' '}
                  {typeof indicator.target === 'number' ? formatNumber(lang, indicator.target) : '—'} {indicator.unit ?? ''}
                </>
              ) : null}
            </dd>
          </>
        ) : null}
      </dl>
      {capabilities.length > 0 ? (
        <>
          <h3>{text.mnrCapabilities}</h3>
          <ul className="tags">
            {capabilities.map((number) => (
              <li key={number}>{mnrCapabilityLabel(lang, number)}</li>
            ))}
          </ul>
        </>
      ) : null}

      <h2 id="tonggak">{text.timeline}</h2>
      {details.Milestones.docs.length === 0 ? (
        <p>{text.noMilestones}</p>
      ) : (
        <ol className="timeline">
          {details.Milestones.docs.map((milestone) => {
            const milestoneStatus = fromEnum(milestone.status)
            return (
              <li key={milestone.id} data-milestone-id={milestone.id}>
                <strong>{milestone.title}</strong>
                <br />
                <span className="muted">
                  {text.due} {formatDate(lang, milestone.dueDate)}
                  {milestone.completedDate ? ` · ${formatDate(lang, milestone.completedDate)}` : ''}
                </span>{' '}
                <StatusBadge status={milestoneStatus} label={milestoneStatusLabel(lang, milestoneStatus)} />
                {milestone.evidence && milestone.evidence.length > 0 ? (
                  <ul>
                    {milestone.evidence.map((item, index) => (
                      <li key={index}>
                        {text.evidence}:{' '}
                        {item.file ? <FileLink lang={lang} file={item.file} /> : null}
                        {item.url ? (
                          <a href={item.url} rel="noopener noreferrer">
                            {item.description || item.url}
                          </a>
                        ) : item.description && item.file ? (
                          <> — {item.description}</>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            )
          })}
        </ol>
      )}

      <h2 id="laporan">{text.reports}</h2>
      {details.ProgressReports.docs.length === 0 ? (
        <p>{text.noReports}</p>
      ) : (
        details.ProgressReports.docs.map((report) => (
          <article key={report.id} className="card" style={{ marginBottom: '1rem' }}>
            <h3>{report.periodLabel}</h3>
            <p className="muted">
              {formatDate(lang, report.periodStart)} – {formatDate(lang, report.periodEnd)} · {text.approvedOn}{' '}
              {formatDate(lang, report.approvedAt ?? report.updatedAt)}
            </p>
            <RichText data={report.summary} />
            {typeof report.indicatorValue === 'number' ? (
              <p>
                {text.value}: {formatNumber(lang, report.indicatorValue)} {indicator?.unit ?? ''} ({text.period}: {report.periodLabel})
              </p>
            ) : null}
            {report.attachments && report.attachments.length > 0 ? (
              <ul>
                {report.attachments.map((file, index) => (
                  <li key={index}>
                    <FileLink lang={lang} file={file} />
                  </li>
                ))}
              </ul>
            ) : null}
          </article>
        ))
      )}
    </PageFrame>
  )
}
