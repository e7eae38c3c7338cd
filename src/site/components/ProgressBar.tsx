import type { Lang } from '../i18n'
import { formatPercent } from '../i18n'

/** A progress bar whose number is always printed beside it: the bar is never the only carrier of the value. */
export const ProgressBar = ({ lang, value, label }: { lang: Lang; value: number | null | undefined; label: string }) => (
  <div className="progress">
    <div
      className="progress-track"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={typeof value === 'number' ? Math.round(value * 10) / 10 : undefined}
      aria-valuetext={formatPercent(lang, value)}
    >
      <div className="progress-fill" style={{ width: `${typeof value === 'number' ? Math.min(100, Math.max(0, value)) : 0}%` }} />
    </div>
    <span className="progress-value">{formatPercent(lang, value)}</span>
  </div>
)
