import type { IndicatorProgressStatus, NotAvailableReason } from '../../domain/indicatorProgress'
import type { Lang } from '../i18n'
import { formatNumber } from '../i18n'

/** The indicator pages' own words, in both languages (general words are in `TEXT`). */

type Explained = {
  base: string
  baseYear: number
  latest: string
  latestYear: number
  observed: string
  direction: string
}

/** Why an indicator is assessed by its trend rather than against its target. */
export type TrendReason = 'no-target' | 'no-target-year' | 'target-year-not-after-base'

const TREND_REASON_ID: Record<TrendReason, string> = {
  'no-target': 'Indikator ini tidak memiliki target kuantitatif, sehingga trennya yang dinilai.',
  'no-target-year': 'Target belum memiliki tahun, sehingga laju yang diperlukan tidak dapat dihitung dan trennya yang dinilai.',
  'target-year-not-after-base': 'Tahun target tidak lebih akhir daripada periode dasar, sehingga laju yang diperlukan tidak dapat dihitung dan trennya yang dinilai.',
}

const TREND_REASON_EN: Record<TrendReason, string> = {
  'no-target': 'This indicator has no quantitative target, so its trend is assessed.',
  'no-target-year': 'The target has no year, so no required growth rate can be computed and the trend is assessed.',
  'target-year-not-after-base': 'The target year is not after the base period, so no required growth rate can be computed and the trend is assessed.',
}

const id = {
  code: 'Kode',
  listCaption: 'Indikator pemantauan: nilai terbaru, periode, sumber, target dan status kemajuan',
  latestPeriod: 'Periode nilai terbaru',
  sourceOfIndicator: 'Sumber indikator',
  lastUpdated: 'Terakhir diperbarui',
  chartHeading: 'Grafik',
  chartNote: 'Angka yang sama, lengkap dengan sumber dan catatan, ada di tabel data di bawah.',
  noChart: 'Belum ada nilai dengan tahun yang dapat digambarkan.',
  noValues: 'Belum ada nilai yang dipublikasikan.',
  tableCaption: (name: string) => `Nilai ${name} menurut periode, dengan sumber setiap angka`,
  valueIn: (unit: string) => `Nilai (${unit})`,
  noYear: 'tanpa tahun',
  targetLabel: (year: number | null | undefined, value: string) => (year ? `Target ${year}: ${value}` : `Target: ${value}`),
  chartDescription: ({ count, from, to, unit, target }: { count: number; from: string; to: string; unit: string; target: string | null }) =>
    `${count} nilai dalam ${unit}, dari ${from} sampai ${to}.${target ? ` ${target}.` : ''} Semua angka ada di tabel data di bawah grafik.`,
  direction: { 'higher-is-better': 'Makin tinggi makin baik', 'lower-is-better': 'Makin rendah makin baik' } as Record<string, string>,
  status: {
    'target-achieved': 'Target tercapai',
    'substantial-progress': 'Kemajuan substansial',
    'moderate-progress': 'Kemajuan sedang',
    'limited-progress': 'Kemajuan terbatas',
    deterioration: 'Memburuk',
    'not-available': 'Tidak tersedia',
  } satisfies Record<IndicatorProgressStatus, string>,
  statusMeaning: {
    'target-achieved': 'Nilai terbaru sudah mencapai target.',
    'substantial-progress': 'Dengan target: laju pertumbuhan teramati sedikitnya 95% dari laju yang diperlukan. Tanpa target: tumbuh sedikitnya 1,5% per tahun ke arah yang diinginkan.',
    'moderate-progress': 'Dengan target: 60% sampai kurang dari 95% dari laju yang diperlukan. Tanpa target: 0,5% sampai kurang dari 1,5% per tahun ke arah yang diinginkan.',
    'limited-progress': 'Dengan target: 0 sampai kurang dari 60% dari laju yang diperlukan. Tanpa target: 0 sampai kurang dari 0,5% per tahun ke arah yang diinginkan.',
    deterioration: 'Nilai bergerak menjauh dari arah yang diinginkan.',
    'not-available': 'Data belum cukup: diperlukan nilai untuk sedikitnya dua periode (nilai dasar dihitung sebagai satu periode).',
  } satisfies Record<IndicatorProgressStatus, string>,
  methodHeading: 'Cara status kemajuan dihitung',
  methodSummary:
    'Status kemajuan dihitung otomatis dengan metode Open SDG (metodologi Statistics Canada): laju pertumbuhan tahunan majemuk (CAGR) dari periode dasar ke nilai terbaru. Jika indikator punya target, laju itu dibandingkan dengan laju yang diperlukan untuk mencapai target tepat waktu; jika tidak, laju itu sendiri yang dinilai. Arah indikator (makin tinggi atau makin rendah makin baik) menentukan tanda. Periode dasar adalah nilai dasar indikator, atau nilai pertama bila tidak ada nilai dasar.',
  methodSource: 'Metodologi pengukuran kemajuan Open SDG',
  statusHeading: 'Status kemajuan',
  explainAchieved: (latest: string, latestYear: number, target: string, targetYear: number | null) =>
    `Nilai terbaru, ${latest} (${latestYear}), sudah mencapai target ${target}${targetYear ? ` untuk ${targetYear}` : ''}.`,
  explainTarget: (e: Explained & { target: string; targetYear: number; required: string; ratio: string }) =>
    `Dari ${e.base} (${e.baseYear}) ke ${e.latest} (${e.latestYear}), laju pertumbuhan tahunan majemuk teramati ${e.observed} per tahun. Untuk mencapai target ${e.target} pada ${e.targetYear} diperlukan ${e.required} per tahun. Arah indikator: ${e.direction.toLowerCase()}. Rasio laju teramati terhadap laju yang diperlukan: ${e.ratio} (kemajuan substansial ≥ 95%, kemajuan sedang 60–95%, kemajuan terbatas 0–60%, memburuk < 0).`,
  explainTrend: (e: Explained & { progress: string; why: TrendReason }) =>
    `${TREND_REASON_ID[e.why]} Dari ${e.base} (${e.baseYear}) ke ${e.latest} (${e.latestYear}), laju pertumbuhan tahunan majemuk ${e.observed} per tahun. Arah indikator: ${e.direction.toLowerCase()}, sehingga kemajuan ke arah yang diinginkan ${e.progress} per tahun (kemajuan substansial ≥ 1,5%, kemajuan sedang 0,5–1,5%, kemajuan terbatas 0–0,5%, memburuk < 0).`,
  notAvailable: {
    'no-direction': 'Arah indikator belum ditetapkan.',
    'no-values': 'Belum ada nilai dengan tahun.',
    'single-period': 'Diperlukan nilai untuk sedikitnya dua periode (nilai dasar dihitung sebagai satu periode).',
    'base-after-latest': 'Tahun nilai dasar lebih akhir daripada tahun nilai terbaru.',
    'sign-change': 'Nilai dasar dan nilai terbaru berbeda tanda (positif dan negatif), sehingga laju pertumbuhan tidak dapat dihitung.',
    'undefined-growth': 'Laju pertumbuhan tidak dapat dihitung dari nilai-nilai ini.',
  } satisfies Record<NotAvailableReason, string>,
  notAvailableLead: 'Status kemajuan belum dapat dihitung.',
  notFoundTitle: 'Indikator tidak ditemukan',
}

const en: typeof id = {
  code: 'Code',
  listCaption: 'Monitoring indicators: latest value, period, source, target and progress status',
  latestPeriod: 'Period of the latest value',
  sourceOfIndicator: 'Source of the indicator',
  lastUpdated: 'Last updated',
  chartHeading: 'Chart',
  chartNote: 'The same figures, with the source and note of each, are in the data table below.',
  noChart: 'There are no values with a year to draw yet.',
  noValues: 'No values have been published yet.',
  tableCaption: (name: string) => `Values of ${name} by period, with the source of every figure`,
  valueIn: (unit: string) => `Value (${unit})`,
  noYear: 'no year',
  targetLabel: (year: number | null | undefined, value: string) => (year ? `Target ${year}: ${value}` : `Target: ${value}`),
  chartDescription: ({ count, from, to, unit, target }: { count: number; from: string; to: string; unit: string; target: string | null }) =>
    `${count} ${count === 1 ? 'value' : 'values'} in ${unit}, from ${from} to ${to}.${target ? ` ${target}.` : ''} All figures are in the data table below the chart.`,
  direction: { 'higher-is-better': 'Higher is better', 'lower-is-better': 'Lower is better' },
  status: {
    'target-achieved': 'Target achieved',
    'substantial-progress': 'Substantial progress',
    'moderate-progress': 'Moderate progress',
    'limited-progress': 'Limited progress',
    deterioration: 'Deterioration',
    'not-available': 'Not available',
  },
  statusMeaning: {
    'target-achieved': 'The latest value meets the target.',
    'substantial-progress': 'With a target: observed growth is at least 95% of the growth required. Without a target: at least 1.5% a year in the desired direction.',
    'moderate-progress': 'With a target: 60% to under 95% of the growth required. Without a target: 0.5% to under 1.5% a year in the desired direction.',
    'limited-progress': 'With a target: 0 to under 60% of the growth required. Without a target: 0 to under 0.5% a year in the desired direction.',
    deterioration: 'The value moved away from the desired direction.',
    'not-available': 'Not enough data: values for at least two periods are needed (the baseline counts as one).',
  },
  methodHeading: 'How the progress status is computed',
  methodSummary:
    'The progress status is computed automatically with the Open SDG method (Statistics Canada’s methodology): the compound annual growth rate (CAGR) from the base period to the latest value. When the indicator has a target, that rate is compared with the rate required to reach the target on time; otherwise the rate itself is assessed. The indicator’s direction (higher or lower is better) sets the sign. The base period is the indicator’s baseline, or its first value when it has no baseline.',
  methodSource: 'Open SDG progress measurement methodology',
  statusHeading: 'Progress status',
  explainAchieved: (latest: string, latestYear: number, target: string, targetYear: number | null) =>
    `The latest value, ${latest} (${latestYear}), meets the target of ${target}${targetYear ? ` for ${targetYear}` : ''}.`,
  explainTarget: (e: Explained & { target: string; targetYear: number; required: string; ratio: string }) =>
    `From ${e.base} (${e.baseYear}) to ${e.latest} (${e.latestYear}), the observed compound annual growth rate is ${e.observed} a year. Reaching the target of ${e.target} by ${e.targetYear} requires ${e.required} a year. Direction: ${e.direction.toLowerCase()}. Ratio of observed to required growth: ${e.ratio} (substantial progress ≥ 95%, moderate progress 60–95%, limited progress 0–60%, deterioration < 0).`,
  explainTrend: (e: Explained & { progress: string; why: TrendReason }) =>
    `${TREND_REASON_EN[e.why]} From ${e.base} (${e.baseYear}) to ${e.latest} (${e.latestYear}), the compound annual growth rate is ${e.observed} a year. Direction: ${e.direction.toLowerCase()}, so progress in the desired direction is ${e.progress} a year (substantial progress ≥ 1.5%, moderate progress 0.5–1.5%, limited progress 0–0.5%, deterioration < 0).`,
  notAvailable: {
    'no-direction': 'The indicator has no direction set.',
    'no-values': 'There are no values with a year yet.',
    'single-period': 'Values for at least two periods are needed (the baseline counts as one).',
    'base-after-latest': 'The baseline year is later than the year of the latest value.',
    'sign-change': 'The baseline and the latest value have opposite signs (positive and negative), so no growth rate can be computed.',
    'undefined-growth': 'No growth rate can be computed from these values.',
  },
  notAvailableLead: 'The progress status cannot be computed yet.',
  notFoundTitle: 'Indicator not found',
}

export const INDICATOR_TEXT: Record<Lang, typeof id> = { id, en }

/** Where the method is documented (Open SDG's documentation of Statistics Canada's methodology). */
export const PROGRESS_METHOD_URL = 'https://open-sdg.readthedocs.io/en/latest/progress-methodology/'

/** An indicator value as printed everywhere on the indicator pages: the locale's digits, up to 2 decimals. */
export const formatIndicatorValue = (lang: Lang, value: number): string => formatNumber(lang, value, 2)

/** A growth rate or ratio given as a fraction, as a percentage: 0.0152 → "1,52%" / "1.52%". */
export const formatRate = (lang: Lang, fraction: number, decimals = 2): string => {
  if (!Number.isFinite(fraction)) return fraction > 0 ? '+∞' : '−∞'
  return `${formatNumber(lang, fraction * 100, decimals)}%`
}

/** Only web links are shown as links (a stored URL is never trusted to be one). */
export const isWebUrl = (url: string | null | undefined): url is string => typeof url === 'string' && /^https?:\/\/[^\s]+$/i.test(url.trim())
