import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { withAnonymousQueryCache } from '../../../../site/anonymousQueryCache'

export const POST = withAnonymousQueryCache(GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
