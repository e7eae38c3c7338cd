import type { Metadata } from 'next'
import type React from 'react'

import './site.css'

export const metadata: Metadata = {
  title: { default: 'Lentera · Peta Jalan Pelindungan Anak di Ranah Daring', template: '%s · Lentera' },
  description:
    'Kemajuan pelaksanaan Peta Jalan Pelindungan Anak di Ranah Dalam Jaringan 2025–2029 (Perpres No. 87 Tahun 2025).',
}

const SiteLayout = ({ children }: { children: React.ReactNode }) => (
  <html lang="id">
    <body>
      <a className="skip-link" href="#konten">
        Langsung ke konten
      </a>
      <header className="site-header">
        <a href="/" className="brand">
          Lentera
        </a>
        <span className="brand-sub">Peta Jalan Pelindungan Anak di Ranah Daring 2025–2029</span>
      </header>
      <main id="konten">{children}</main>
      <footer className="site-footer">
        <p>
          Lentera — situs transparansi Peta Jalan Pelindungan Anak di Ranah Dalam Jaringan (Perpres No. 87 Tahun 2025).
        </p>
      </footer>
    </body>
  </html>
)

export default SiteLayout
