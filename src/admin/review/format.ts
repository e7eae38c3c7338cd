/** Dates in the admin's review panels: Indonesian, Jakarta time, as the secretariat reads them. */
export const formatDateTime = (value: unknown, language: string): string => {
  if (typeof value !== 'string' || !value) return '—'
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'id-ID', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Asia/Jakarta',
  }).format(new Date(value))
}

export const pick = (label: { id: string; en: string }, language: string): string => (language === 'en' ? label.en : label.id)
