import type React from 'react'

import { SiteDocument } from '../../site/components/SiteDocument'
import '../(site)/site.css'

/** The English public site (under /en). */
export default function EnglishSiteLayout({ children }: { children: React.ReactNode }) {
  return <SiteDocument lang="en">{children}</SiteDocument>
}
