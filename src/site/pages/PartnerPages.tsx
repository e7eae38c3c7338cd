import { COMMITMENT_STATUSES } from '../../constants'
import { Breadcrumbs } from '../components/Breadcrumbs'
import { PageFrame } from '../components/PageFrame'
import { ProgressBar } from '../components/ProgressBar'
import { RichText } from '../components/RichText'
import { StatusBadge } from '../components/StatusBadge'
import type { Lang } from '../i18n'
import { TEXT, commitmentStatusLabel, formatDate, formatNumber, milestoneStatusLabel, organizationKindLabel, pathFor } from '../i18n'
import { pageMetadata } from '../metadata'
import { NotFoundPage } from './NotFoundPage'
import { publicQuery } from '../publicGraphQL'
import { fromEnum, startOfTodayInJakarta } from '../publicValues'

type PublicOrganization = {
  id: number
  name: string
  acronym?: string | null
  slug: string
  kind?: string | null
  website?: string | null
  description?: unknown
}
type CommitmentRow = { id: number; title: string; slug?: string | null; status: string; progress?: number | null; organization?: { id: number } | null }

const ORGANIZATIONS_QUERY = `query Organizations($page: Int, $locale: LocaleInputType, $fallbackLocale: FallbackLocaleInputType) {
  Organizations(limit: 500, page: $page, sort: "name", locale: $locale, fallbackLocale: $fallbackLocale) {
    hasNextPage
    docs { id name acronym slug kind }
  }
}`

const COMMITMENT_ROWS_QUERY = `query CommitmentRows($where: Commitment_where, $page: Int, $locale: LocaleInputType, $fallbackLocale: FallbackLocaleInputType) {
  Commitments(where: $where, limit: 500, page: $page, sort: "title", locale: $locale, fallbackLocale: $fallbackLocale) {
    hasNextPage
    docs { id title slug status progress organization { id } }
  }
}`

const loadCommitmentRows = async (lang: Lang, where: Record<string, unknown> = {}) => {
  const rows: CommitmentRow[] = []
  for (let page = 1; ; page += 1) {
    const { Commitments } = await publicQuery<{ Commitments: { hasNextPage: boolean; docs: CommitmentRow[] } }>(COMMITMENT_ROWS_QUERY, {
      lang,
      variables: { where, page },
    })
    rows.push(...Commitments.docs.map((row) => ({ ...row, status: fromEnum(row.status) ?? row.status })))
    if (!Commitments.hasNextPage) break
  }
  return rows
}

const countByStatus = (rows: CommitmentRow[]) =>
  COMMITMENT_STATUSES.map((status) => ({ status, count: rows.filter((row) => row.status === status).length }))

export const partnersMetadata = (lang: Lang) =>
  pageMetadata({ lang, path: '/mitra', title: TEXT[lang].partnersTitle, description: TEXT[lang].partnersIntro })

/** `/mitra`: every organization with the size and state of its commitments. */
export const PartnersPage = async ({ lang }: { lang: Lang }) => {
  const text = TEXT[lang]
  const organizations: PublicOrganization[] = []
  for (let page = 1; ; page += 1) {
    const { Organizations } = await publicQuery<{ Organizations: { hasNextPage: boolean; docs: PublicOrganization[] } }>(ORGANIZATIONS_QUERY, {
      lang,
      variables: { page },
    })
    organizations.push(...Organizations.docs)
    if (!Organizations.hasNextPage) break
  }
  const commitments = await loadCommitmentRows(lang)
  const byOrganization = new Map<number, CommitmentRow[]>()
  for (const row of commitments) {
    const id = row.organization?.id
    if (id === undefined) continue
    byOrganization.set(id, [...(byOrganization.get(id) ?? []), row])
  }

  return (
    <PageFrame lang={lang} path="/mitra">
      <Breadcrumbs lang={lang} items={[{ label: text.partnersTitle }]} />
      <h1>{text.partnersTitle}</h1>
      <p className="lead">{text.partnersIntro}</p>
      {organizations.length === 0 ? (
        <p>{text.noPartners}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="sr-only">{text.partnersTitle}</caption>
            <thead>
              <tr>
                <th scope="col">{text.organization}</th>
                <th scope="col">{text.commitments}</th>
                {COMMITMENT_STATUSES.map((status) => (
                  <th scope="col" key={status}>
                    {commitmentStatusLabel(lang, status)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {organizations.map((organization) => {
                const rows = byOrganization.get(organization.id) ?? []
                return (
                  <tr key={organization.id}>
                    <th scope="row">
                      <a href={pathFor(lang, `/mitra/${organization.slug}`)}>{organization.name}</a>
                      {organization.acronym ? <span className="muted"> ({organization.acronym})</span> : null}
                      <br />
                      <span className="muted">{organizationKindLabel(lang, fromEnum(organization.kind))}</span>
                    </th>
                    <td>{formatNumber(lang, rows.length, 0)}</td>
                    {countByStatus(rows).map(({ status, count }) => (
                      <td key={status}>{formatNumber(lang, count, 0)}</td>
                    ))}
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      )}
    </PageFrame>
  )
}

const PARTNER_QUERY = `query Partner($slug: String, $locale: LocaleInputType, $fallbackLocale: FallbackLocaleInputType) {
  Organizations(where: { slug: { equals: $slug } }, limit: 1, locale: $locale, fallbackLocale: $fallbackLocale) {
    docs { id name acronym slug kind website description }
  }
}`

const SCORECARD_QUERY = `query Scorecard($organization: JSON, $today: DateTime, $locale: LocaleInputType, $fallbackLocale: FallbackLocaleInputType) {
  overdue: Milestones(where: { AND: [{ organization: { equals: $organization } }, { dueDate: { less_than: $today } }, { status: { in: [planned, in_progress] } }] }, sort: "dueDate", limit: 50, locale: $locale, fallbackLocale: $fallbackLocale) {
    totalDocs
    docs { id title dueDate status commitment { title slug } }
  }
  ProgressReports(where: { organization: { equals: $organization } }, sort: "-approvedAt", limit: 1, locale: $locale, fallbackLocale: $fallbackLocale) {
    docs { id periodLabel approvedAt updatedAt commitment { title slug } }
  }
}`

const loadPartner = async (lang: Lang, slug: string) =>
  (await publicQuery<{ Organizations: { docs: PublicOrganization[] } }>(PARTNER_QUERY, { lang, variables: { slug } })).Organizations.docs[0] ?? null

export const partnerMetadata = async (lang: Lang, slug: string) => {
  const organization = await loadPartner(lang, slug)
  return pageMetadata({
    lang,
    path: `/mitra/${slug}`,
    title: organization ? `${TEXT[lang].scorecard}: ${organization.name}` : TEXT[lang].notFoundTitle,
  })
}

/** `/mitra/[slug]`: one organization's scorecard. */
export const PartnerPage = async ({ lang, slug }: { lang: Lang; slug: string }) => {
  const text = TEXT[lang]
  const organization = await loadPartner(lang, slug)
  if (!organization) return <NotFoundPage lang={lang} />
  const commitments = await loadCommitmentRows(lang, { organization: { equals: organization.id } })
  const scorecard = await publicQuery<{
    overdue: { totalDocs: number; docs: { id: number; title: string; dueDate?: string | null; status: string; commitment?: { title: string; slug?: string | null } | null }[] }
    ProgressReports: { docs: { id: number; periodLabel: string; approvedAt?: string | null; updatedAt: string; commitment?: { title: string; slug?: string | null } | null }[] }
  }>(SCORECARD_QUERY, { lang, variables: { organization: organization.id, today: startOfTodayInJakarta() } })
  const lastReport = scorecard.ProgressReports.docs[0]

  return (
    <PageFrame lang={lang} path={`/mitra/${organization.slug}`}>
      <Breadcrumbs lang={lang} items={[{ label: text.partnersTitle, path: '/mitra' }, { label: organization.acronym || organization.name }]} />
      <h1>
        {organization.name}
        {organization.acronym ? ` (${organization.acronym})` : ''}
      </h1>
      <p className="lead">
        {organizationKindLabel(lang, fromEnum(organization.kind))}
        {organization.website ? (
          <>
            {' · '}
            <a href={organization.website} rel="noopener noreferrer">
              {text.website}
            </a>
          </>
        ) : null}
      </p>
      <RichText data={organization.description} />

      <h2>{text.scorecard}</h2>
      <ul className="stats">
        <li>
          <span className="stat-value">{formatNumber(lang, commitments.length, 0)}</span>
          {text.commitments}
        </li>
        {countByStatus(commitments).map(({ status, count }) => (
          <li key={status}>
            <span className="stat-value">{formatNumber(lang, count, 0)}</span>
            <StatusBadge status={status} label={commitmentStatusLabel(lang, status)} />
          </li>
        ))}
        <li>
          <span className="stat-value">{formatNumber(lang, scorecard.overdue.totalDocs, 0)}</span>
          {text.overdueMilestones}
        </li>
      </ul>
      <p>
        <strong>{text.lastReport}:</strong>{' '}
        {lastReport ? (
          <>
            {lastReport.commitment?.slug ? (
              <a href={pathFor(lang, `/komitmen/${lastReport.commitment.slug}#laporan`)}>{lastReport.commitment.title}</a>
            ) : (
              lastReport.commitment?.title
            )}{' '}
            — {lastReport.periodLabel}, {text.approvedOn} {formatDate(lang, lastReport.approvedAt ?? lastReport.updatedAt)}
          </>
        ) : (
          text.none
        )}
      </p>

      <h2>{text.commitments}</h2>
      {commitments.length === 0 ? (
        <p>{text.noCommitments}</p>
      ) : (
        <ul className="cards">
          {commitments.map((commitment) => (
            <li key={commitment.id}>
              <h3>{commitment.slug ? <a href={pathFor(lang, `/komitmen/${commitment.slug}`)}>{commitment.title}</a> : commitment.title}</h3>
              <StatusBadge status={commitment.status} label={commitmentStatusLabel(lang, commitment.status)} />
              <ProgressBar lang={lang} value={commitment.progress} label={text.progressOf(commitment.title)} />
            </li>
          ))}
        </ul>
      )}

      <h2>{text.overdueMilestones}</h2>
      {scorecard.overdue.docs.length === 0 ? (
        <p>{text.noOverdue}</p>
      ) : (
        <ul>
          {scorecard.overdue.docs.map((milestone) => (
            <li key={milestone.id}>
              {milestone.title} — {text.due} {formatDate(lang, milestone.dueDate)} ·{' '}
              <StatusBadge status={fromEnum(milestone.status)} label={milestoneStatusLabel(lang, fromEnum(milestone.status))} />
              {milestone.commitment?.slug ? (
                <>
                  {' '}
                  (<a href={pathFor(lang, `/komitmen/${milestone.commitment.slug}`)}>{milestone.commitment.title}</a>)
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </PageFrame>
  )
}
