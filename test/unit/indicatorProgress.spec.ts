import {
  GROWTH_RATE_THRESHOLDS,
  TARGET_RATIO_THRESHOLDS,
  compoundAnnualGrowthRate,
  computeIndicatorProgress,
  indicatorProgressStatus,
} from '../../src/domain/indicatorProgress'

const higher = 'higher-is-better'
const lower = 'lower-is-better'

/** Values for consecutive years from `startYear`. */
const series = (startYear: number, ...values: number[]) => values.map((value, index) => ({ year: startYear + index, value }))

describe('compoundAnnualGrowthRate', () => {
  it('should be the constant yearly rate between two values', () => {
    expect(compoundAnnualGrowthRate(121, 100, 2022, 2020)).toBeCloseTo(0.1, 10)
    expect(compoundAnnualGrowthRate(81, 100, 2022, 2020)).toBeCloseTo(-0.1, 10)
    expect(compoundAnnualGrowthRate(100, 100, 2025, 2020)).toBe(0)
  })
})

describe('computeIndicatorProgress with a target (ratio of observed to required growth)', () => {
  // Base 100 in 2020, target 200 in 2030: required CAGR = 2^(1/10) − 1 ≈ 7.18 % a year.
  const withTarget = (latest: number, direction = higher, latestYear = 2024) => ({
    direction,
    baseline: { year: 2020, value: 100 },
    target: { year: 2030, value: direction === higher ? 200 : 50 },
    values: [{ year: latestYear, value: latest }],
  })
  const required = Math.pow(2, 1 / 10) - 1
  /** The value in 2024 that grows at `ratio` times the required rate. */
  const valueAtRatio = (ratio: number) => 100 * Math.pow(1 + ratio * required, 4)

  it('should report target achieved when the latest value meets the target, higher is better', () => {
    expect(indicatorProgressStatus(withTarget(200))).toBe('target-achieved')
    expect(indicatorProgressStatus(withTarget(250))).toBe('target-achieved')
  })

  it('should report target achieved when the latest value meets the target, lower is better', () => {
    expect(indicatorProgressStatus(withTarget(50, lower))).toBe('target-achieved')
    expect(indicatorProgressStatus(withTarget(10, lower))).toBe('target-achieved')
  })

  it('should report target achieved even with a single value, as sdg-build does', () => {
    expect(indicatorProgressStatus({ direction: higher, target: { year: 2029, value: 10 }, values: [{ year: 2025, value: 12 }] })).toBe('target-achieved')
  })

  it('should compute the ratio R of observed to required growth', () => {
    const result = computeIndicatorProgress(withTarget(valueAtRatio(0.8)))
    expect(result.method).toBe('target')
    expect(result.requiredGrowth).toBeCloseTo(required, 10)
    expect(result.observedGrowth).toBeCloseTo(0.8 * required, 10)
    expect(result.progressValue).toBeCloseTo(0.8, 10)
    expect(result.base).toEqual({ year: 2020, value: 100 })
    expect(result.latest).toEqual({ year: 2024, value: valueAtRatio(0.8) })
    expect(result.target).toEqual({ year: 2030, value: 200 })
  })

  it.each([
    [1.2, 'substantial-progress'],
    [0.95, 'substantial-progress'],
    [0.94, 'moderate-progress'],
    [0.6, 'moderate-progress'],
    [0.59, 'limited-progress'],
    [0, 'limited-progress'],
    [-0.1, 'deterioration'],
  ])('should map R = %s to %s (higher is better)', (ratio, status) => {
    expect(indicatorProgressStatus(withTarget(valueAtRatio(ratio)))).toBe(status)
  })

  it('should measure lower-is-better indicators against the growth needed to fall to the target', () => {
    // Required: 100 → 50 over 10 years, ≈ −6.70 % a year.
    const requiredDown = Math.pow(0.5, 1 / 10) - 1
    const at = (ratio: number) => withTarget(100 * Math.pow(1 + ratio * requiredDown, 4), lower)
    expect(indicatorProgressStatus(at(1))).toBe('substantial-progress')
    expect(indicatorProgressStatus(at(0.7))).toBe('moderate-progress')
    expect(indicatorProgressStatus(at(0.3))).toBe('limited-progress')
    expect(indicatorProgressStatus(withTarget(110, lower))).toBe('deterioration')
    expect(computeIndicatorProgress(at(0.7)).progressValue).toBeCloseTo(0.7, 10)
  })

  it('should call a rise deterioration when lower is better, and a fall deterioration when higher is better', () => {
    expect(indicatorProgressStatus(withTarget(90))).toBe('deterioration')
    expect(indicatorProgressStatus(withTarget(120, lower))).toBe('deterioration')
  })

  it('should use the threshold constants of sdg-build', () => {
    expect(TARGET_RATIO_THRESHOLDS).toEqual({ high: 0.95, med: 0.6, low: 0 })
    expect(GROWTH_RATE_THRESHOLDS).toEqual({ high: 0.015, med: 0.005, low: 0 })
  })

  it('should call a series that moved away from a target equal to its base value deterioration', () => {
    const result = computeIndicatorProgress({ direction: higher, baseline: { year: 2020, value: 50 }, target: { year: 2029, value: 50 }, values: series(2021, 48, 45) })
    expect(result.status).toBe('deterioration')
  })

  it('should treat a target of zero as 0.001', () => {
    // Lower is better, 100 → 0 by 2030: the required growth is (0.001/100)^(1/10) − 1 ≈ −68 % a year.
    const result = computeIndicatorProgress({ direction: lower, baseline: { year: 2020, value: 100 }, target: { year: 2030, value: 0 }, values: [{ year: 2024, value: 90 }] })
    expect(result.requiredGrowth).toBeCloseTo(Math.pow(0.001 / 100, 1 / 10) - 1, 10)
    expect(result.status).toBe('limited-progress')
  })

  it('should assess a target without a year by the trend, yet still recognise it as achieved', () => {
    const noYear = { direction: higher, baseline: { year: 2020, value: 100 }, target: { year: null, value: 200 } }
    const trend = computeIndicatorProgress({ ...noYear, values: series(2021, 101, 102, 103, 104) })
    expect(trend.method).toBe('trend')
    expect(trend.status).toBe('moderate-progress')
    expect(indicatorProgressStatus({ ...noYear, values: [{ year: 2024, value: 200 }] })).toBe('target-achieved')
  })

  it('should assess a target year not after the base year by the trend', () => {
    const result = computeIndicatorProgress({ direction: higher, baseline: { year: 2020, value: 100 }, target: { year: 2020, value: 200 }, values: series(2021, 110) })
    expect(result.method).toBe('trend')
    expect(result.status).toBe('substantial-progress')
  })
})

describe('computeIndicatorProgress without a target (observed growth)', () => {
  const trend = (direction: string, ...values: number[]) => computeIndicatorProgress({ direction, values: series(2020, ...values) })

  it.each([
    // [value after 2 years from 100, expected status]; CAGR = (v/100)^(1/2) − 1
    [100 * 1.02 ** 2, 'substantial-progress'],
    [100 * 1.015 ** 2, 'substantial-progress'],
    [100 * 1.014 ** 2, 'moderate-progress'],
    [100 * 1.005 ** 2, 'moderate-progress'],
    [100 * 1.004 ** 2, 'limited-progress'],
    [100, 'limited-progress'],
    [99, 'deterioration'],
  ])('should map a rise to %s to %s when higher is better', (value, status) => {
    expect(trend(higher, 100, 100, value).status).toBe(status)
  })

  it('should reverse the sign when lower is better', () => {
    expect(trend(lower, 100, 98).status).toBe('substantial-progress')
    expect(trend(lower, 100, 99).status).toBe('moderate-progress')
    expect(trend(lower, 100, 99.8).status).toBe('limited-progress')
    expect(trend(lower, 100, 100).status).toBe('limited-progress')
    expect(trend(lower, 100, 105).status).toBe('deterioration')
    expect(trend(lower, 100, 98).progressValue).toBeCloseTo(0.02, 10)
  })

  it('should report the method, base, latest and growth', () => {
    const result = trend(higher, 481, 897)
    expect(result.method).toBe('trend')
    expect(result.base).toEqual({ year: 2020, value: 481 })
    expect(result.latest).toEqual({ year: 2021, value: 897 })
    expect(result.observedGrowth).toBeCloseTo(897 / 481 - 1, 10)
    expect(result.progressValue).toBeCloseTo(897 / 481 - 1, 10)
    expect(result.requiredGrowth).toBeNull()
    expect(result.status).toBe('substantial-progress')
  })

  it('should take the baseline as the base period, and the earliest value without one', () => {
    const values = [
      { year: 2021, value: 100 },
      { year: 2023, value: 103 },
    ]
    expect(computeIndicatorProgress({ direction: higher, values }).base).toEqual({ year: 2021, value: 100 })
    const withBaseline = computeIndicatorProgress({ direction: higher, baseline: { year: 2019, value: 120 }, values })
    expect(withBaseline.base).toEqual({ year: 2019, value: 120 })
    expect(withBaseline.status).toBe('deterioration')
  })

  it('should ignore an incomplete baseline', () => {
    const result = computeIndicatorProgress({ direction: higher, baseline: { year: 2019, value: null }, values: series(2021, 100, 110) })
    expect(result.base).toEqual({ year: 2021, value: 100 })
  })

  it('should use values in year order, whatever order they were entered in', () => {
    const result = computeIndicatorProgress({
      direction: higher,
      values: [
        { year: 2023, value: 110 },
        { year: 2021, value: 100 },
      ],
    })
    expect(result.latest).toEqual({ year: 2023, value: 110 })
    expect(result.base).toEqual({ year: 2021, value: 100 })
  })

  it('should take the last value entered when a year has several', () => {
    const result = computeIndicatorProgress({
      direction: higher,
      values: [
        { year: 2020, value: 100 },
        { year: 2021, value: 90 },
        { year: 2021, value: 120 },
      ],
    })
    expect(result.latest).toEqual({ year: 2021, value: 120 })
    expect(result.status).toBe('substantial-progress')
  })

  it('should handle negative values by the sign of the base value', () => {
    // Higher is better, −100 → −50: the value rose, which is progress.
    expect(trend(higher, -100, -50).status).toBe('substantial-progress')
    expect(trend(higher, -100, -150).status).toBe('deterioration')
  })

  it('should treat a base value of zero as 0.001', () => {
    const result = trend(higher, 0, 5)
    expect(result.observedGrowth).toBeCloseTo(5 / 0.001 - 1, 6)
    expect(result.status).toBe('substantial-progress')
  })

  it('should call a fall to zero deterioration when higher is better', () => {
    expect(trend(higher, 10, 0).status).toBe('deterioration')
    expect(trend(lower, 10, 0).status).toBe('substantial-progress')
  })
})

describe('computeIndicatorProgress when progress is not available', () => {
  it('should need a value', () => {
    expect(computeIndicatorProgress({ direction: higher, values: [] })).toMatchObject({ status: 'not-available', reason: 'no-values' })
    expect(computeIndicatorProgress({ direction: higher, values: null })).toMatchObject({ status: 'not-available', reason: 'no-values' })
    expect(computeIndicatorProgress({ direction: higher })).toMatchObject({ status: 'not-available', reason: 'no-values' })
  })

  it('should need two periods', () => {
    expect(computeIndicatorProgress({ direction: higher, values: [{ year: 2023, value: 27 }] })).toMatchObject({ status: 'not-available', reason: 'single-period' })
    expect(
      computeIndicatorProgress({
        direction: higher,
        values: [
          { year: 2023, value: 27 },
          { year: 2023, value: 30 },
        ],
      }),
    ).toMatchObject({ status: 'not-available', reason: 'single-period' })
    // A baseline in the same year as the only value is still one period.
    expect(computeIndicatorProgress({ direction: higher, baseline: { year: 2023, value: 20 }, values: [{ year: 2023, value: 27 }] })).toMatchObject({
      status: 'not-available',
      reason: 'single-period',
    })
  })

  it('should count a baseline as the first period', () => {
    expect(indicatorProgressStatus({ direction: higher, baseline: { year: 2022, value: 481 }, values: [{ year: 2023, value: 897 }] })).toBe('substantial-progress')
  })

  it('should leave out values without a year', () => {
    expect(
      computeIndicatorProgress({
        direction: higher,
        values: [
          { year: null, value: 99 },
          { year: 2023, value: 50 },
        ],
      }),
    ).toMatchObject({ status: 'not-available', reason: 'single-period' })
    expect(computeIndicatorProgress({ direction: higher, values: [{ year: null, value: 99 }] })).toMatchObject({ status: 'not-available', reason: 'no-values' })
  })

  it('should not compare a base period after the latest value', () => {
    expect(computeIndicatorProgress({ direction: higher, baseline: { year: 2025, value: 10 }, values: [{ year: 2023, value: 12 }] })).toMatchObject({
      status: 'not-available',
      reason: 'base-after-latest',
    })
  })

  it('should not compare values of opposite signs', () => {
    expect(computeIndicatorProgress({ direction: higher, values: series(2020, -5, 5) })).toMatchObject({ status: 'not-available', reason: 'sign-change' })
    expect(computeIndicatorProgress({ direction: higher, values: series(2020, 0, -5) })).toMatchObject({ status: 'not-available', reason: 'sign-change' })
  })

  it('should need a direction', () => {
    expect(computeIndicatorProgress({ direction: null, values: series(2020, 1, 2) })).toMatchObject({ status: 'not-available', reason: 'no-direction' })
    expect(computeIndicatorProgress({ direction: 'sideways', values: series(2020, 1, 2) })).toMatchObject({ status: 'not-available', reason: 'no-direction' })
  })

  it('should not compute a required growth rate towards a target of the opposite sign', () => {
    expect(
      computeIndicatorProgress({ direction: lower, baseline: { year: 2020, value: 10 }, target: { year: 2030, value: -5 }, values: [{ year: 2022, value: 8 }] }),
    ).toMatchObject({ status: 'not-available', reason: 'undefined-growth' })
  })

  it('should accept GraphQL enum names for the direction', () => {
    expect(indicatorProgressStatus({ direction: 'lower_is_better', values: series(2020, 100, 90) })).toBe('substantial-progress')
  })
})
