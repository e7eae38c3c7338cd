/** Statuses as a word with a symbol: colour only reinforces what the text already says. */
const SYMBOL: Record<string, string> = {
  'not-started': '○',
  'on-track': '●',
  'at-risk': '▲',
  delayed: '◆',
  completed: '✔',
  discontinued: '✕',
  planned: '○',
  'in-progress': '◐',
  done: '✔',
  missed: '✕',
}

export const StatusBadge = ({ status, label }: { status: string | null | undefined; label: string }) => (
  <span className={`badge badge-${status ?? 'none'}`}>
    <span aria-hidden="true">{SYMBOL[status ?? ''] ?? '·'} </span>
    {label}
  </span>
)
