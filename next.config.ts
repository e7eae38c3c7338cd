import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Express in front of Next sets the security headers and compresses responses.
  compress: false,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
