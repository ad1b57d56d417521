import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // The admin lives under /admin; the Express host serves /api itself.
  typescript: { ignoreBuildErrors: false },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
