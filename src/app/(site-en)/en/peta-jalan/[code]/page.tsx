import { SectionPage, sectionMetadata } from '../../../../../site/pages/SectionPage'
import { decodeSegment } from '../../../../../site/publicValues'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ code: string }> }

export const generateMetadata = async ({ params }: Props) => sectionMetadata('en', decodeSegment((await params).code))

export default async function Page({ params }: Props) {
  return <SectionPage lang="en" code={decodeSegment((await params).code)} />
}
