import type { Lang } from '../i18n'
import { formatNumber } from '../i18n'

/**
 * A line chart of values by year, drawn on the server as SVG: no script, no chart library. It is
 * an image with a title and a description (role="img", aria-labelledby); its text alternative in
 * full is the data table the page prints beside it. Every point carries its value as text, and the
 * target is a dashed line with its own label, so nothing depends on colour.
 */

export type ChartPoint = { year: number; value: number }

type Props = {
  /** Unique on the page: the prefix of the title and description ids. */
  id: string
  lang: Lang
  title: string
  description: string
  points: ChartPoint[]
  target?: { year?: number | null; value: number } | null
  /** Axis titles: the unit (y) and "Year" (x). */
  unitLabel: string
  yearLabel: string
  /** The target line's label, e.g. "Target 2029: 1.000". */
  targetLabel?: string
  /** How a value is printed (default: the locale's number format, up to 2 decimals). */
  formatValue?: (value: number) => string
}

const WIDTH = 640
const HEIGHT = 340
const MARGIN = { top: 28, right: 28, bottom: 56, left: 76 }
const PLOT_WIDTH = WIDTH - MARGIN.left - MARGIN.right
const PLOT_HEIGHT = HEIGHT - MARGIN.top - MARGIN.bottom

// Colours from the site's palette, each ≥ 4.5:1 on white (text) and ≥ 3:1 (graphics).
const INK = '#1b1f24'
const MUTED = '#4f5862'
const GRID = '#d0d7de'
const LINE = '#0b5cad'
const TARGET = '#1a7f37'

/** A round step (1, 2, 2.5 or 5 × 10ⁿ) near `rough`. */
const niceStep = (rough: number): number => {
  const power = Math.pow(10, Math.floor(Math.log10(rough)))
  const fraction = rough / power
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10
  return nice * power
}

const clean = (value: number) => Number.parseFloat(value.toPrecision(12))

/** Round y-axis ticks covering [min, max]; zero is included for data of one sign, so slopes are not exaggerated. */
export const valueTicks = (values: number[]): number[] => {
  let min = Math.min(...values)
  let max = Math.max(...values)
  if (min > 0) min = 0
  if (max < 0) max = 0
  if (min === max) max = min + 1
  const step = niceStep((max - min) / 4)
  const first = Math.floor(clean(min / step))
  const last = Math.ceil(clean(max / step))
  const ticks: number[] = []
  for (let index = first; index <= last; index += 1) ticks.push(clean(index * step))
  return ticks
}

/** Years to label on the x axis: every year, or every n-th when there are many. */
export const yearTicks = (from: number, to: number): number[] => {
  const span = to - from
  const every = span <= 10 ? 1 : Math.ceil(span / 10)
  const ticks: number[] = []
  for (let year = from; year <= to; year += every) ticks.push(year)
  return ticks
}

/** Decimals needed to print a tick step exactly (0.25 → 2, 2.5 → 1, 5 → 0). */
const decimalsOf = (step: number): number => {
  let decimals = 0
  while (decimals < 6 && Math.abs(Math.round(step * 10 ** decimals) - step * 10 ** decimals) > 1e-6) decimals += 1
  return decimals
}

/** Labels near the plot's edges are aligned inwards, so they are never cut off. */
const EDGE = 48
const labelAnchor = (at: number) => (at > MARGIN.left + PLOT_WIDTH - EDGE ? 'end' : at < MARGIN.left + EDGE ? 'start' : 'middle')
const labelShift = (at: number) => (at > MARGIN.left + PLOT_WIDTH - EDGE ? 6 : at < MARGIN.left + EDGE ? -6 : 0)

export const LineChart = ({ id, lang, title, description, points, target, unitLabel, yearLabel, targetLabel, formatValue }: Props) => {
  const format = formatValue ?? ((value: number) => formatNumber(lang, value, 2))
  const sorted = [...points].sort((a, b) => a.year - b.year)
  if (sorted.length === 0) return null
  const years = [...sorted.map((point) => point.year), ...(typeof target?.year === 'number' ? [target.year] : [])]
  let firstYear = Math.min(...years)
  let lastYear = Math.max(...years)
  if (firstYear === lastYear) {
    firstYear -= 1
    lastYear += 1
  }
  const ticks = valueTicks([...sorted.map((point) => point.value), ...(target ? [target.value] : [])])
  const low = ticks[0]
  const high = ticks[ticks.length - 1]
  const tickDecimals = ticks.length > 1 ? decimalsOf(ticks[1] - ticks[0]) : 0

  const x = (year: number) => MARGIN.left + ((year - firstYear) / (lastYear - firstYear)) * PLOT_WIDTH
  const y = (value: number) => MARGIN.top + (1 - (value - low) / (high - low)) * PLOT_HEIGHT
  const labelEvery = sorted.length <= 12 ? 1 : Math.ceil(sorted.length / 12)
  const titleId = `${id}-judul`
  const descId = `${id}-deskripsi`

  return (
    <svg
      className="chart"
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width={WIDTH}
      height={HEIGHT}
      fontFamily="system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif"
      fontSize={13}
    >
      <title id={titleId}>{title}</title>
      <desc id={descId}>{description}</desc>

      {/* Value axis: gridlines with their values. */}
      <g>
        {ticks.map((tick) => (
          <g key={`y-${tick}`}>
            <line x1={MARGIN.left} x2={MARGIN.left + PLOT_WIDTH} y1={y(tick)} y2={y(tick)} stroke={tick === 0 ? MUTED : GRID} strokeWidth={1} />
            <text x={MARGIN.left - 8} y={y(tick)} dy="0.35em" textAnchor="end" fill={MUTED}>
              {formatNumber(lang, tick, tickDecimals)}
            </text>
          </g>
        ))}
        <text transform={`translate(16 ${MARGIN.top + PLOT_HEIGHT / 2}) rotate(-90)`} textAnchor="middle" fill={MUTED}>
          {unitLabel}
        </text>
      </g>

      {/* Year axis. Years are printed as they are (2025, not 2.025). */}
      <g>
        <line x1={MARGIN.left} x2={MARGIN.left + PLOT_WIDTH} y1={MARGIN.top + PLOT_HEIGHT} y2={MARGIN.top + PLOT_HEIGHT} stroke={MUTED} strokeWidth={1} />
        {yearTicks(firstYear, lastYear).map((year) => (
          <g key={`x-${year}`}>
            <line x1={x(year)} x2={x(year)} y1={MARGIN.top + PLOT_HEIGHT} y2={MARGIN.top + PLOT_HEIGHT + 5} stroke={MUTED} />
            <text x={x(year)} y={MARGIN.top + PLOT_HEIGHT + 20} textAnchor="middle" fill={MUTED}>
              {String(year)}
            </text>
          </g>
        ))}
        <text x={MARGIN.left + PLOT_WIDTH / 2} y={HEIGHT - 8} textAnchor="middle" fill={MUTED}>
          {yearLabel}
        </text>
      </g>

      {/* The target: a dashed line at its value, and a diamond in its year. */}
      {target ? (
        <g>
          <line x1={MARGIN.left} x2={MARGIN.left + PLOT_WIDTH} y1={y(target.value)} y2={y(target.value)} stroke={TARGET} strokeWidth={2} strokeDasharray="8 5" />
          {typeof target.year === 'number' ? (
            <path
              d={`M ${x(target.year)} ${y(target.value) - 7} l 7 7 l -7 7 l -7 -7 z`}
              fill="#fff"
              stroke={TARGET}
              strokeWidth={2}
            />
          ) : null}
          {targetLabel ? (
            <text x={MARGIN.left + PLOT_WIDTH} y={y(target.value) - 10} textAnchor="end" fill={TARGET} fontWeight={600}>
              {targetLabel}
            </text>
          ) : null}
        </g>
      ) : null}

      {/* The values: a line through the points, each point labelled with its value. */}
      {sorted.length > 1 ? (
        <polyline
          points={sorted.map((point) => `${x(point.year)},${y(point.value)}`).join(' ')}
          fill="none"
          stroke={LINE}
          strokeWidth={2.5}
          strokeLinejoin="round"
        />
      ) : null}
      {sorted.map((point, index) => (
        <g key={`p-${point.year}-${index}`}>
          <circle cx={x(point.year)} cy={y(point.value)} r={5} fill={LINE} stroke="#fff" strokeWidth={1.5} />
          {index % labelEvery === 0 || index === sorted.length - 1 ? (
            <text
              x={x(point.year) + labelShift(x(point.year))}
              y={y(point.value) - 11}
              textAnchor={labelAnchor(x(point.year))}
              fill={INK}
              fontWeight={600}
              paintOrder="stroke"
              stroke="#fff"
              strokeWidth={4}
            >
              {format(point.value)}
            </text>
          ) : null}
        </g>
      ))}
    </svg>
  )
}
