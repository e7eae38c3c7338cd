import { Fragment } from 'react'

import { INDICATOR_PROGRESS_STATUSES } from '../../domain/indicatorProgress'
import { Breadcrumbs } from '../components/Breadcrumbs'
import { PageFrame } from '../components/PageFrame'
import type { Lang } from '../i18n'
import { TEXT, pathFor } from '../i18n'
import { pageMetadata } from '../metadata'
import { publicQuery } from '../publicGraphQL'
import type { PublicIndicator } from './indicatorFigures'
import { INDICATOR_FIELDS, latestValue } from './indicatorFigures'
import { ProgressStatusBadge, indicatorProgressOf } from './IndicatorPage'
import { INDICATOR_TEXT, PROGRESS_METHOD_URL, formatIndicatorValue } from './indicatorText'

const LIST_QUERY = `query IndicatorList($locale: LocaleInputType, $fallbackLocale: FallbackLocaleInputType) {
  Indicators(sort: "code", limit: 500, locale: $locale, fallbackLocale: $fallbackLocale) {
    docs { ${INDICATOR_FIELDS} }
  }
}`

export const indicatorListMetadata = (lang: Lang) =>
  pageMetadata({ lang, path: '/indikator', title: TEXT[lang].indicatorsTitle, description: TEXT[lang].indicatorsIntro })

const figure = (lang: Lang, unit: string, point: { year?: number | null; value?: number | null } | null | undefined) =>
  typeof point?.value === 'number' ? `${formatIndicatorValue(lang, point.value)} ${unit}${point.year ? ` (${point.year})` : ''}` : null

/** `/indikator`: every indicator with its latest value, that value's period and source, and its progress status. */
export const IndicatorListPage = async ({ lang }: { lang: Lang }) => {
  const text = TEXT[lang]
  const words = INDICATOR_TEXT[lang]
  const { Indicators } = await publicQuery<{ Indicators: { docs: PublicIndicator[] } }>(LIST_QUERY, { lang })
  const indicators = Indicators.docs.map((indicator) => ({ indicator, latest: latestValue(indicator), progress: indicatorProgressOf(indicator) }))

  return (
    <PageFrame lang={lang} path="/indikator">
      <Breadcrumbs lang={lang} items={[{ label: text.nav.indicators }]} />
      <h1>{text.indicatorsTitle}</h1>
      <p className="lead">{text.indicatorsIntro}</p>

      {indicators.length === 0 ? (
        <p>{text.noIndicators}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="sr-only">{words.listCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{text.indicator}</th>
                <th scope="col">{text.latestValue}</th>
                <th scope="col">{text.period}</th>
                <th scope="col">{text.source}</th>
                <th scope="col">{text.baselineToTarget}</th>
                <th scope="col">{text.progressStatus}</th>
              </tr>
            </thead>
            <tbody>
              {indicators.map(({ indicator, latest, progress }) => (
                <tr key={indicator.code}>
                  <th scope="row">
                    <a href={pathFor(lang, `/indikator/${encodeURIComponent(indicator.code)}`)}>{indicator.name}</a>
                    <br />
                    <span className="muted">{indicator.code}</span>
                  </th>
                  <td>{latest ? `${formatIndicatorValue(lang, latest.value)} ${indicator.unit}` : <span className="muted">{text.noData}</span>}</td>
                  <td>{latest ? latest.periodLabel : '—'}</td>
                  <td>{latest ? latest.source : indicator.source?.name || '—'}</td>
                  <td>
                    {figure(lang, indicator.unit, indicator.baseline) ?? text.none} → {figure(lang, indicator.unit, indicator.target) ?? text.none}
                  </td>
                  <td>
                    <ProgressStatusBadge lang={lang} status={progress.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h2 id="metode">{words.methodHeading}</h2>
      <p>
        {words.methodSummary} <a href={PROGRESS_METHOD_URL}>{words.methodSource}</a>
      </p>
      <dl className="facts">
        {INDICATOR_PROGRESS_STATUSES.map((status) => (
          <Fragment key={status}>
            <dt>
              <ProgressStatusBadge lang={lang} status={status} />
            </dt>
            <dd>{words.statusMeaning[status]}</dd>
          </Fragment>
        ))}
      </dl>
    </PageFrame>
  )
}
