import { cache } from 'react'

import type { IndicatorProgress, IndicatorProgressStatus } from '../../domain/indicatorProgress'
import { computeIndicatorProgress } from '../../domain/indicatorProgress'
import { Breadcrumbs } from '../components/Breadcrumbs'
import { LineChart } from '../components/LineChart'
import { PageFrame } from '../components/PageFrame'
import type { Lang } from '../i18n'
import { TEXT, formatDate, pathFor } from '../i18n'
import { pageMetadata } from '../metadata'
import { publicQuery } from '../publicGraphQL'
import { fromEnum } from '../publicValues'
import type { PublicIndicator } from './indicatorFigures'
import { INDICATOR_FIELDS, latestValue } from './indicatorFigures'
import type { TrendReason } from './indicatorText'
import { INDICATOR_TEXT, PROGRESS_METHOD_URL, formatIndicatorValue, formatRate, isWebUrl } from './indicatorText'
import { NotFoundPage } from './NotFoundPage'

export type IndicatorWithDate = PublicIndicator & { updatedAt?: string | null }

const INDICATOR_QUERY = `query Indicator($code: String, $locale: LocaleInputType, $fallbackLocale: FallbackLocaleInputType) {
  Indicators(where: { code: { equals: $code } }, limit: 1, locale: $locale, fallbackLocale: $fallbackLocale) {
    docs { ${INDICATOR_FIELDS} updatedAt }
  }
}`

/** One indicator by its code, or null: asked once per request (metadata and page share it). */
const fetchIndicator = cache(async (lang: Lang, code: string): Promise<IndicatorWithDate | null> => {
  const data = await publicQuery<{ Indicators: { docs: IndicatorWithDate[] } }>(INDICATOR_QUERY, { lang, variables: { code } })
  return data.Indicators.docs[0] ?? null
})

/** The indicator as the progress computation reads it: the direction as stored, not as a GraphQL enum name. */
export const indicatorProgressOf = (indicator: PublicIndicator): IndicatorProgress =>
  computeIndicatorProgress({ ...indicator, direction: fromEnum(indicator.direction) })

const STATUS_SYMBOL: Record<IndicatorProgressStatus, string> = {
  'target-achieved': '✔',
  'substantial-progress': '◕',
  'moderate-progress': '◑',
  'limited-progress': '◔',
  deterioration: '✕',
  'not-available': '○',
}

/** Colours from the site's palette, each ≥ 4.5:1 on white and on the table header's grey. */
const STATUS_COLOUR: Record<IndicatorProgressStatus, string> = {
  'target-achieved': 'var(--ok, #1a7f37)',
  'substantial-progress': 'var(--ok, #1a7f37)',
  'moderate-progress': 'var(--risk, #9a6700)',
  'limited-progress': '#8a4600',
  deterioration: 'var(--bad, #b3261e)',
  'not-available': 'var(--neutral, #57606a)',
}

/** A progress status as a word with a symbol: the colour only repeats what the word says. */
export const ProgressStatusBadge = ({ lang, status }: { lang: Lang; status: IndicatorProgressStatus }) => (
  <span className={`badge badge-${status}`} style={{ color: STATUS_COLOUR[status] }}>
    <span aria-hidden="true">{STATUS_SYMBOL[status]} </span>
    {INDICATOR_TEXT[lang].status[status]}
  </span>
)

/** How the status came about, in words, with the figures that went into it. */
export const progressExplanation = (lang: Lang, indicator: PublicIndicator, progress: IndicatorProgress): string => {
  const words = INDICATOR_TEXT[lang]
  const value = (number: number) => `${formatIndicatorValue(lang, number)} ${indicator.unit}`
  const direction = words.direction[fromEnum(indicator.direction) ?? ''] ?? ''
  if (progress.status === 'target-achieved' && progress.latest) {
    const targetValue = indicator.target?.value
    return words.explainAchieved(value(progress.latest.value), progress.latest.year, typeof targetValue === 'number' ? value(targetValue) : '', indicator.target?.year ?? null)
  }
  if (progress.status === 'not-available' || !progress.base || !progress.latest || progress.observedGrowth === null || progress.progressValue === null) {
    return `${words.notAvailableLead} ${progress.reason ? words.notAvailable[progress.reason] : ''}`.trim()
  }
  const common = {
    base: value(progress.base.value),
    baseYear: progress.base.year,
    latest: value(progress.latest.value),
    latestYear: progress.latest.year,
    observed: formatRate(lang, progress.observedGrowth),
    direction,
  }
  if (progress.method === 'target' && progress.target && progress.requiredGrowth !== null) {
    return words.explainTarget({
      ...common,
      target: value(progress.target.value),
      targetYear: progress.target.year,
      required: formatRate(lang, progress.requiredGrowth),
      ratio: formatRate(lang, progress.progressValue, 0),
    })
  }
  const why: TrendReason = typeof indicator.target?.value !== 'number' ? 'no-target' : indicator.target.year ? 'target-year-not-after-base' : 'no-target-year'
  return words.explainTrend({ ...common, progress: formatRate(lang, progress.progressValue), why })
}

const yearAndValue = (lang: Lang, unit: string, point: { year?: number | null; value?: number | null } | null | undefined): string | null =>
  typeof point?.value === 'number' ? `${formatIndicatorValue(lang, point.value)} ${unit}${point.year ? ` (${point.year})` : ''}` : null

/** The code from the URL segment; a malformed escape is left as it is (and so matches no indicator: 404, not 500). */
export const codeFromSegment = (segment: string): string => {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

const indicatorPath = (code: string) => `/indikator/${encodeURIComponent(code)}`

export const indicatorMetadata = async (lang: Lang, code: string) => {
  const indicator = await fetchIndicator(lang, code)
  if (!indicator) return pageMetadata({ lang, path: indicatorPath(code), title: INDICATOR_TEXT[lang].notFoundTitle })
  return pageMetadata({
    lang,
    path: indicatorPath(indicator.code),
    title: indicator.name,
    description: indicator.description || `${indicator.name} (${indicator.code}) · ${TEXT[lang].indicatorsIntro}`,
  })
}

/** `/indikator/[code]`: one indicator, its chart and the chart's data table, its progress status and how it was computed. */
export const IndicatorPage = async ({ lang, code }: { lang: Lang; code: string }) => {
  const indicator = await fetchIndicator(lang, code)
  if (!indicator) return <NotFoundPage lang={lang} />

  const text = TEXT[lang]
  const words = INDICATOR_TEXT[lang]
  const progress = indicatorProgressOf(indicator)
  const latest = latestValue(indicator)
  const direction = fromEnum(indicator.direction)
  // The table lists every value: by year, values without a year last, in the order entered within a year.
  const rows = (indicator.values ?? [])
    .map((row, index) => ({ row, index }))
    .sort((a, b) => (a.row.year ?? Number.POSITIVE_INFINITY) - (b.row.year ?? Number.POSITIVE_INFINITY) || a.index - b.index)
    .map(({ row }) => row)
  const points = rows.filter((row) => typeof row.year === 'number').map((row) => ({ year: row.year as number, value: row.value }))
  const target = typeof indicator.target?.value === 'number' ? { year: indicator.target.year ?? null, value: indicator.target.value } : null
  const targetLabel = target ? words.targetLabel(target.year, `${formatIndicatorValue(lang, target.value)} ${indicator.unit}`) : undefined
  const chartId = `grafik-${indicator.code.toLowerCase().replace(/[^a-z0-9-]/g, '-')}`
  const sourceUrl = isWebUrl(indicator.source?.url) ? indicator.source.url.trim() : null

  return (
    <PageFrame lang={lang} path={indicatorPath(indicator.code)}>
      <Breadcrumbs lang={lang} items={[{ label: text.nav.indicators, path: '/indikator' }, { label: indicator.name }]} />
      <h1>{indicator.name}</h1>
      {indicator.description ? <p className="lead">{indicator.description}</p> : null}

      <dl className="facts">
        <dt>{words.code}</dt>
        <dd>{indicator.code}</dd>
        <dt>{text.unit}</dt>
        <dd>{indicator.unit}</dd>
        <dt>{text.direction}</dt>
        <dd>{(direction && words.direction[direction]) || text.noData}</dd>
        <dt>{text.baselineToTarget}</dt>
        <dd>
          {yearAndValue(lang, indicator.unit, indicator.baseline) ?? text.none} → {yearAndValue(lang, indicator.unit, indicator.target) ?? text.none}
        </dd>
        <dt>{text.latestValue}</dt>
        <dd>
          {latest ? (
            <>
              {formatIndicatorValue(lang, latest.value)} {indicator.unit}
              <br />
              <span className="muted">
                {text.period}: {latest.periodLabel} · {text.source}: {latest.source}
              </span>
            </>
          ) : (
            text.noData
          )}
        </dd>
        <dt>{text.progressStatus}</dt>
        <dd>
          <ProgressStatusBadge lang={lang} status={progress.status} /> <a href="#status">{words.methodHeading}</a>
        </dd>
        <dt>{words.sourceOfIndicator}</dt>
        <dd>{sourceUrl ? <a href={sourceUrl}>{indicator.source?.name || sourceUrl}</a> : indicator.source?.name || text.noData}</dd>
        {indicator.updatedAt ? (
          <>
            <dt>{words.lastUpdated}</dt>
            <dd>
              <time dateTime={indicator.updatedAt}>{formatDate(lang, indicator.updatedAt)}</time>
            </dd>
          </>
        ) : null}
      </dl>

      <h2 id="grafik">{words.chartHeading}</h2>
      {points.length > 0 ? (
        <figure style={{ margin: 0 }}>
          <LineChart
            id={chartId}
            lang={lang}
            title={text.chartTitle(indicator.name)}
            description={words.chartDescription({
              count: points.length,
              from: `${formatIndicatorValue(lang, points[0].value)} (${points[0].year})`,
              to: `${formatIndicatorValue(lang, points[points.length - 1].value)} (${points[points.length - 1].year})`,
              unit: indicator.unit,
              target: targetLabel ?? null,
            })}
            points={points}
            target={target}
            unitLabel={indicator.unit}
            yearLabel={text.year}
            targetLabel={targetLabel}
            formatValue={(value) => formatIndicatorValue(lang, value)}
          />
          <figcaption className="muted">{words.chartNote}</figcaption>
        </figure>
      ) : (
        <p>{words.noChart}</p>
      )}

      <h2 id="data">{text.dataTable}</h2>
      {rows.length === 0 ? (
        <p>{words.noValues}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption>{words.tableCaption(indicator.name)}</caption>
            <thead>
              <tr>
                <th scope="col">{text.period}</th>
                <th scope="col">{text.year}</th>
                <th scope="col">{words.valueIn(indicator.unit)}</th>
                <th scope="col">{text.source}</th>
                <th scope="col">{text.note}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => (
                <tr key={`${row.periodLabel}-${index}`}>
                  <th scope="row">{row.periodLabel}</th>
                  <td>{row.year ?? <span className="muted">{words.noYear}</span>}</td>
                  <td>{formatIndicatorValue(lang, row.value)}</td>
                  <td>{row.source}</td>
                  <td>{row.note ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h2 id="status">{words.methodHeading}</h2>
      <p>
        <strong>{text.progressStatus}:</strong> <ProgressStatusBadge lang={lang} status={progress.status} />
      </p>
      <p>{progressExplanation(lang, indicator, progress)}</p>
      <p className="muted">
        {words.methodSummary} <a href={PROGRESS_METHOD_URL}>{words.methodSource}</a>
      </p>

      <p>
        <a href={pathFor(lang, '/indikator')}>{text.allIndicators}</a>
      </p>
    </PageFrame>
  )
}
