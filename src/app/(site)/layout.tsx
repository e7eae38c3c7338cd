import type React from 'react'

import { SiteDocument } from '../../site/components/SiteDocument'
import './site.css'

/** The Indonesian public site (at the root). */
export default function IndonesianSiteLayout({ children }: { children: React.ReactNode }) {
  return <SiteDocument lang="id">{children}</SiteDocument>
}
