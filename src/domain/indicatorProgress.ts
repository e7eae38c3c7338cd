/**
 * An indicator's progress status, computed the Open SDG way, in one place and free of any
 * database access.
 *
 * Method: Open SDG's automated progress measure (Open SDG 2.4.0 and later), Statistics Canada's
 * methodology after Eurostat's, as implemented in sdg-build's `sdg/ProgressMeasure.py`
 * (https://github.com/open-sdg/sdg-build: `SeriesProgress.methodology_1`/`methodology_2`,
 * `get_progress_thresholds`, `get_progress_status`) and documented in open-sdg's
 * `docs/progress.md` and `docs/progress-methodology.md`
 * (https://open-sdg.readthedocs.io/en/latest/progress/,
 * https://open-sdg.readthedocs.io/en/latest/progress-methodology/). The status keys are Open SDG's
 * `status_types` (target_achieved … not_available) with hyphens.
 *
 *   Observed growth is the compound annual growth rate (CAGR) between the base period t0 and the
 *   most recent period t:  CAGR_o = (y_t / y_0)^(1 / (t − t0)) − 1.
 *
 *   With a quantitative target (y_T in year T), it is compared to the growth required to reach the
 *   target on time, CAGR_r = (y_T / y_0)^(1 / (T − t0)) − 1, as the ratio
 *   R = s · d · CAGR_o / |CAGR_r|   (d = +1 if higher is better, −1 if lower is better;
 *                                   s = −1 if the base value is negative, else +1):
 *     target achieved         the latest value meets the target (checked first)
 *     substantial progress    R ≥ 0.95
 *     moderate progress       0.60 ≤ R < 0.95
 *     limited progress        0 ≤ R < 0.60
 *     deterioration           R < 0
 *
 *   Without a quantitative target, the observed growth itself, P = s · d · CAGR_o, is compared to
 *   fixed growth rates:
 *     substantial progress    P ≥ 1.5 % a year
 *     moderate progress       0.5 % ≤ P < 1.5 %
 *     limited progress        0 ≤ P < 0.5 %
 *     deterioration           P < 0
 *
 *   Not available: no value, only one period (t − t0 < 1), a base value and a latest value of
 *   opposite signs, or a growth rate that cannot be computed.
 *
 * As in sdg-build, a base value or target of exactly 0 is replaced by 0.001 (a growth rate from or
 * to zero is otherwise undefined), and "target achieved" takes precedence over everything else.
 *
 * Where Lentera differs, because its indicators are simpler than Open SDG's data files:
 * - the base period is the indicator's baseline (year and value) when it has one; otherwise the
 *   earliest published value with a year (sdg-build: a configured base year, 2015 by default, or the
 *   next year with data);
 * - the latest value is the published value with the latest year (the last one entered, when a year
 *   has several); values without a year cannot be placed in time and are left out;
 * - a target without a year cannot give a required growth rate (sdg-build would assume 2030): it is
 *   assessed like an indicator without a target, though meeting it still counts as target achieved;
 *   likewise a target year not after the base year;
 * - there is no "natural limit" field, so the limit scaling of the no-target thresholds is not used;
 * - an indicator without a direction is not available (sdg-build assumes lower is better).
 */

export const INDICATOR_PROGRESS_STATUSES = [
  'target-achieved',
  'substantial-progress',
  'moderate-progress',
  'limited-progress',
  'deterioration',
  'not-available',
] as const
export type IndicatorProgressStatus = (typeof INDICATOR_PROGRESS_STATUSES)[number]

/** Thresholds for the ratio R of observed to required growth (indicators with a target). */
export const TARGET_RATIO_THRESHOLDS = { high: 0.95, med: 0.6, low: 0 } as const
/** Thresholds for the observed annual growth P (indicators without a target). */
export const GROWTH_RATE_THRESHOLDS = { high: 0.015, med: 0.005, low: 0 } as const

/** What sdg-build uses instead of a base value or target of exactly zero. */
export const ZERO_REPLACEMENT = 0.001

export type IndicatorForProgress = {
  direction?: string | null
  baseline?: { year?: number | null; value?: number | null } | null
  target?: { year?: number | null; value?: number | null } | null
  values?: { year?: number | null; value: number }[] | null
}

/** Why a status could not be computed (only for `not-available`). */
export type NotAvailableReason = 'no-direction' | 'no-values' | 'single-period' | 'base-after-latest' | 'sign-change' | 'undefined-growth'

export type IndicatorProgress = {
  status: IndicatorProgressStatus
  /** `target`: ratio of observed to required growth; `trend`: observed growth only; null when not computed. */
  method: 'target' | 'trend' | null
  reason: NotAvailableReason | null
  base: { year: number; value: number } | null
  latest: { year: number; value: number } | null
  /** The target used for the required growth rate (with a year after the base year), if any. */
  target: { year: number; value: number } | null
  /** CAGR_o, as a fraction (0.02 = 2 % a year). */
  observedGrowth: number | null
  /** CAGR_r, as a fraction; only with method `target`. */
  requiredGrowth: number | null
  /** The value compared with the thresholds: R (method `target`) or P (method `trend`). */
  progressValue: number | null
}

type Direction = 1 | -1

const directionOf = (direction: string | null | undefined): Direction | null => {
  const normalized = direction?.replace(/_/g, '-')
  if (normalized === 'higher-is-better') return 1
  if (normalized === 'lower-is-better') return -1
  return null
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value)

/** Compound annual growth rate from `from` (in `fromYear`) to `to` (in `toYear`). */
export const compoundAnnualGrowthRate = (to: number, from: number, toYear: number, fromYear: number): number =>
  Math.pow(to / from, 1 / (toYear - fromYear)) - 1

const nonZero = (value: number) => (value === 0 ? ZERO_REPLACEMENT : value)

/** Values with a year, one per year (the last entered wins, as on the rest of the site), in year order. */
const yearlyValues = (values: IndicatorForProgress['values']): { year: number; value: number }[] => {
  const byYear = new Map<number, number>()
  for (const entry of values ?? []) {
    if (isNumber(entry.year) && isNumber(entry.value)) byYear.set(entry.year, entry.value)
  }
  return [...byYear.entries()].map(([year, value]) => ({ year, value })).sort((a, b) => a.year - b.year)
}

/**
 * Floating-point slack when comparing with a threshold: a growth of exactly 1.5 % computed from
 * rounded figures (e.g. 100 → 103.0225 over two years) comes out a hair below 0.015 and must
 * still count as meeting it.
 */
const THRESHOLD_TOLERANCE = 1e-9

const meets = (value: number, threshold: number) => value >= threshold - THRESHOLD_TOLERANCE

const statusFor = (value: number, thresholds: { high: number; med: number; low: number }): IndicatorProgressStatus => {
  if (Number.isNaN(value)) return 'not-available'
  if (meets(value, thresholds.high)) return 'substantial-progress'
  if (meets(value, thresholds.med)) return 'moderate-progress'
  if (meets(value, thresholds.low)) return 'limited-progress'
  return 'deterioration'
}

/** The indicator's progress status, with everything that went into it (for the explanation on the page). */
export const computeIndicatorProgress = (indicator: IndicatorForProgress): IndicatorProgress => {
  const result: IndicatorProgress = {
    status: 'not-available',
    method: null,
    reason: null,
    base: null,
    latest: null,
    target: null,
    observedGrowth: null,
    requiredGrowth: null,
    progressValue: null,
  }
  const notAvailable = (reason: NotAvailableReason): IndicatorProgress => ({ ...result, status: 'not-available', reason })

  const direction = directionOf(indicator.direction)
  if (direction === null) return notAvailable('no-direction')

  const series = yearlyValues(indicator.values)
  if (series.length === 0) return notAvailable('no-values')
  const latest = series[series.length - 1]
  result.latest = latest

  const targetValue = isNumber(indicator.target?.value) ? indicator.target.value : null
  const targetYear = isNumber(indicator.target?.year) ? indicator.target.year : null

  // Target achieved takes precedence, as in sdg-build's get_progress_status (even with one value).
  if (targetValue !== null && (direction === 1 ? latest.value >= targetValue : latest.value <= targetValue)) {
    return { ...result, status: 'target-achieved', method: 'target', target: targetYear !== null ? { year: targetYear, value: targetValue } : null }
  }

  const baseline = indicator.baseline
  const base = isNumber(baseline?.year) && isNumber(baseline?.value) ? { year: baseline.year, value: baseline.value } : series[0]
  result.base = base
  if (base.year > latest.year) return notAvailable('base-after-latest')
  if (latest.year - base.year < 1) return notAvailable('single-period')

  const baseValue = nonZero(base.value)
  if ((baseValue > 0 && latest.value < 0) || (baseValue < 0 && latest.value > 0)) return notAvailable('sign-change')
  const sign = baseValue < 0 ? -1 : 1

  const observedGrowth = compoundAnnualGrowthRate(latest.value, baseValue, latest.year, base.year)
  if (!Number.isFinite(observedGrowth)) return notAvailable('undefined-growth')
  result.observedGrowth = observedGrowth

  if (targetValue !== null && targetYear !== null && targetYear > base.year) {
    const requiredGrowth = compoundAnnualGrowthRate(nonZero(targetValue), baseValue, targetYear, base.year)
    if (Number.isNaN(requiredGrowth)) return notAvailable('undefined-growth')
    // A required growth of zero (target = base value, not yet met) gives ±Infinity: the series moved away from the target.
    const ratio = requiredGrowth === 0 ? (observedGrowth === 0 ? 0 : (sign * direction * observedGrowth) / 0) : (sign * direction * observedGrowth) / Math.abs(requiredGrowth)
    const status = statusFor(ratio, TARGET_RATIO_THRESHOLDS)
    if (status === 'not-available') return notAvailable('undefined-growth')
    return { ...result, status, method: 'target', target: { year: targetYear, value: targetValue }, requiredGrowth, progressValue: ratio }
  }

  const growth = sign * direction * observedGrowth
  return { ...result, status: statusFor(growth, GROWTH_RATE_THRESHOLDS), method: 'trend', progressValue: growth }
}

/** Just the status word's key. */
export const indicatorProgressStatus = (indicator: IndicatorForProgress): IndicatorProgressStatus => computeIndicatorProgress(indicator).status
