import type React from 'react'

import type { Lang } from '../i18n'

/** The <html> of the public site in one language: the root layout of each language's route group. */
export const SiteDocument = ({ lang, children }: { lang: Lang; children: React.ReactNode }) => (
  <html lang={lang}>
    <body>{children}</body>
  </html>
)
