import { IndicatorListPage, indicatorListMetadata } from '../../../site/pages/IndicatorListPage'

export const dynamic = 'force-dynamic'
export const generateMetadata = () => indicatorListMetadata('id')

export default function Page() {
  return <IndicatorListPage lang="id" />
}
