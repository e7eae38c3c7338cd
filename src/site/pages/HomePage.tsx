import { COMMITMENT_STATUSES } from '../../constants'
import { PageFrame } from '../components/PageFrame'
import { ProgressBar } from '../components/ProgressBar'
import { StatusBadge } from '../components/StatusBadge'
import type { Lang } from '../i18n'
import { TEXT, commitmentStatusLabel, formatDate, formatNumber, milestoneStatusLabel, pathFor } from '../i18n'
import { pageMetadata } from '../metadata'
import { publicQuery } from '../publicGraphQL'
import { compareCodes, fromEnum, startOfTodayInJakarta } from '../publicValues'
import { IndicatorFigure } from './indicatorFigures'
import type { PublicIndicator } from './indicatorFigures'
import { INDICATOR_FIELDS } from './indicatorFigures'

type Organization = { name?: string | null; acronym?: string | null; slug?: string | null }
type HomeData = {
  Roadmaps: { docs: { id: number; title: string; legalBasis?: string | null; periodStart: number; periodEnd: number; progress?: number | null }[] }
  overdue: {
    totalDocs: number
    docs: { id: number; title: string; dueDate?: string | null; status: string; commitment?: { title: string; slug?: string | null; organization?: Organization | null } | null }[]
  }
  ProgressReports: {
    docs: {
      id: number
      periodLabel: string
      approvedAt?: string | null
      updatedAt: string
      commitment?: { title: string; slug?: string | null; organization?: Organization | null } | null
    }[]
  }
  Indicators: { docs: PublicIndicator[] }
} & Record<string, { totalDocs: number }>

const statusAlias = (status: string) => `count_${status.replace(/-/g, '_')}`

const HOME_QUERY = `query Home($locale: LocaleInputType, $fallbackLocale: FallbackLocaleInputType, $today: DateTime) {
  Roadmaps(where: { status: { equals: adopted } }, sort: "-periodStart", limit: 1, locale: $locale, fallbackLocale: $fallbackLocale) {
    docs { id title legalBasis periodStart periodEnd progress }
  }
  ${COMMITMENT_STATUSES.map((status) => `${statusAlias(status)}: countCommitments(where: { status: { equals: ${status.replace(/-/g, '_')} } }) { totalDocs }`).join('\n  ')}
  overdue: Milestones(where: { AND: [{ dueDate: { less_than: $today } }, { status: { in: [planned, in_progress] } }] }, sort: "dueDate", limit: 5, locale: $locale, fallbackLocale: $fallbackLocale) {
    totalDocs
    docs { id title dueDate status commitment { title slug organization { name acronym slug } } }
  }
  ProgressReports(sort: "-approvedAt", limit: 5, locale: $locale, fallbackLocale: $fallbackLocale) {
    docs { id periodLabel approvedAt updatedAt commitment { title slug organization { name acronym slug } } }
  }
  Indicators(sort: "code", limit: 4, locale: $locale, fallbackLocale: $fallbackLocale) { docs { ${INDICATOR_FIELDS} } }
}`

const STRATEGIES_QUERY = `query Strategies($roadmap: JSON, $locale: LocaleInputType, $fallbackLocale: FallbackLocaleInputType) {
  RoadmapSections(where: { roadmap: { equals: $roadmap }, kind: { equals: strategy } }, limit: 200, locale: $locale, fallbackLocale: $fallbackLocale) {
    docs { id code title progress }
  }
}`

export const homeMetadata = (lang: Lang) => pageMetadata({ lang, path: '/' })

const organizationName = (organization?: Organization | null) => organization?.acronym || organization?.name || ''

/** `/`: where the adopted roadmap stands. */
export const HomePage = async ({ lang }: { lang: Lang }) => {
  const text = TEXT[lang]
  const data = await publicQuery<HomeData>(HOME_QUERY, { lang, variables: { today: startOfTodayInJakarta() } })
  const roadmap = data.Roadmaps.docs[0] ?? null
  const strategies = roadmap
    ? (
        await publicQuery<{ RoadmapSections: { docs: { id: number; code: string; title: string; progress?: number | null }[] } }>(STRATEGIES_QUERY, {
          lang,
          variables: { roadmap: roadmap.id },
        })
      ).RoadmapSections.docs.sort((a, b) => compareCodes(a.code, b.code))
    : []
  const counts = COMMITMENT_STATUSES.map((status) => ({ status, count: data[statusAlias(status)]?.totalDocs ?? 0 }))
  const totalCommitments = counts.reduce((sum, { count }) => sum + count, 0)

  return (
    <PageFrame lang={lang} path="/">
      {roadmap ? (
        <>
          <h1>{roadmap.title}</h1>
          <p className="lead">
            {roadmap.legalBasis ? `${roadmap.legalBasis} · ` : ''}
            {roadmap.periodStart}–{roadmap.periodEnd}
          </p>
          <h2 id="kemajuan">{text.overallProgress}</h2>
          <ProgressBar lang={lang} value={roadmap.progress} label={text.progressOf(roadmap.title)} />
          <p className="muted">{text.progressNote}</p>

          <h2>{text.strategies}</h2>
          {strategies.length === 0 ? (
            <p>{text.noStrategies}</p>
          ) : (
            <ul className="cards">
              {strategies.map((strategy) => (
                <li key={strategy.id}>
                  <h3>
                    <a href={pathFor(lang, `/peta-jalan/${strategy.code}`)}>
                      {strategy.code}. {strategy.title}
                    </a>
                  </h3>
                  <ProgressBar lang={lang} value={strategy.progress} label={text.progressOf(`${strategy.code}. ${strategy.title}`)} />
                </li>
              ))}
            </ul>
          )}
        </>
      ) : (
        <>
          <h1>{text.siteName}</h1>
          <p>{text.noRoadmap}</p>
        </>
      )}

      <h2>{text.commitmentsByStatus}</h2>
      <p className="muted">
        {formatNumber(lang, totalCommitments, 0)} {text.commitments.toLowerCase()} · {text.commitmentsByStatusNote}
      </p>
      <ul className="stats">
        {counts.map(({ status, count }) => (
          <li key={status}>
            <span className="stat-value">{formatNumber(lang, count, 0)}</span>
            <StatusBadge status={status} label={commitmentStatusLabel(lang, status)} />
          </li>
        ))}
      </ul>

      <h2>{text.overdueMilestones}</h2>
      {data.overdue.docs.length === 0 ? (
        <p>{text.noOverdue}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="sr-only">{text.overdueMilestones}</caption>
            <thead>
              <tr>
                <th scope="col">{text.milestones}</th>
                <th scope="col">{text.commitment}</th>
                <th scope="col">{text.due}</th>
                <th scope="col">{text.status}</th>
              </tr>
            </thead>
            <tbody>
              {data.overdue.docs.map((milestone) => (
                <tr key={milestone.id}>
                  <td>{milestone.title}</td>
                  <td>
                    {milestone.commitment?.slug ? (
                      <a href={pathFor(lang, `/komitmen/${milestone.commitment.slug}`)}>{milestone.commitment.title}</a>
                    ) : (
                      milestone.commitment?.title
                    )}{' '}
                    <span className="muted">({organizationName(milestone.commitment?.organization)})</span>
                  </td>
                  <td>{formatDate(lang, milestone.dueDate)}</td>
                  <td>
                    <StatusBadge status={fromEnum(milestone.status)} label={milestoneStatusLabel(lang, fromEnum(milestone.status))} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {data.overdue.totalDocs > data.overdue.docs.length ? (
            <p className="muted">
              +{formatNumber(lang, data.overdue.totalDocs - data.overdue.docs.length, 0)} · <a href={pathFor(lang, '/status')}>{text.nav.status}</a>
            </p>
          ) : null}
        </div>
      )}

      <h2>{text.latestReports}</h2>
      {data.ProgressReports.docs.length === 0 ? (
        <p>{text.noReports}</p>
      ) : (
        <ul>
          {data.ProgressReports.docs.map((report) => (
            <li key={report.id}>
              {report.commitment?.slug ? (
                <a href={pathFor(lang, `/komitmen/${report.commitment.slug}#laporan`)}>{report.commitment.title}</a>
              ) : (
                report.commitment?.title
              )}{' '}
              — {report.periodLabel} ({organizationName(report.commitment?.organization)}; {text.approvedOn}{' '}
              {formatDate(lang, report.approvedAt ?? report.updatedAt)})
            </li>
          ))}
        </ul>
      )}

      <h2>{text.headlineIndicators}</h2>
      {data.Indicators.docs.length === 0 ? (
        <p>{text.noIndicators}</p>
      ) : (
        <>
          <ul className="cards">
            {data.Indicators.docs.map((indicator) => (
              <li key={indicator.code}>
                <IndicatorFigure lang={lang} indicator={indicator} />
              </li>
            ))}
          </ul>
          <p>
            <a href={pathFor(lang, '/indikator')}>{text.allIndicators}</a>
          </p>
        </>
      )}
    </PageFrame>
  )
}
