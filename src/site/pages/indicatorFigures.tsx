import type { Lang } from '../i18n'
import { TEXT, formatNumber, pathFor } from '../i18n'

/** An indicator as the public GraphQL API gives it. */
export type PublicIndicator = {
  code: string
  name: string
  unit: string
  direction?: string | null
  description?: string | null
  source?: { name?: string | null; url?: string | null } | null
  baseline?: { year?: number | null; value?: number | null } | null
  target?: { year?: number | null; value?: number | null } | null
  values?: { periodLabel: string; year?: number | null; value: number; source: string; note?: string | null }[] | null
}

export const INDICATOR_FIELDS = 'code name unit direction description source { name url } baseline { year value } target { year value } values { periodLabel year value source note }'

/** The most recent published value: the latest year, and the last one entered within a year. */
export const latestValue = (indicator: PublicIndicator) => {
  const values = indicator.values ?? []
  return values.reduce<(typeof values)[number] | null>((latest, value) => {
    if (!latest) return value
    return (value.year ?? 0) >= (latest.year ?? 0) ? value : latest
  }, null)
}

/** An indicator's latest figure, always with its source and period. */
export const IndicatorFigure = ({ lang, indicator }: { lang: Lang; indicator: PublicIndicator }) => {
  const text = TEXT[lang]
  const latest = latestValue(indicator)
  return (
    <>
      <h3>
        <a href={pathFor(lang, `/indikator/${indicator.code}`)}>{indicator.name}</a>
      </h3>
      {latest ? (
        <p>
          <span className="stat-value">
            {formatNumber(lang, latest.value)} <span className="muted">{indicator.unit}</span>
          </span>
          <br />
          <span className="muted">
            {text.period}: {latest.periodLabel} · {text.source}: {latest.source}
          </span>
        </p>
      ) : (
        <p className="muted">
          {text.noData}
          {indicator.source?.name ? ` · ${text.source}: ${indicator.source.name}` : ''}
        </p>
      )}
    </>
  )
}
