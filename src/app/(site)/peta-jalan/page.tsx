import { RoadmapPage, roadmapMetadata } from '../../../site/pages/RoadmapPage'

export const dynamic = 'force-dynamic'
export const generateMetadata = () => roadmapMetadata('id')

export default function Page() {
  return <RoadmapPage lang="id" />
}
