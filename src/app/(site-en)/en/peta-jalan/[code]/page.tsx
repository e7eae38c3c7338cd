import { SectionPage, sectionMetadata } from '../../../../../site/pages/SectionPage'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ code: string }> }

export const generateMetadata = async ({ params }: Props) => sectionMetadata('en', decodeURIComponent((await params).code))

export default async function Page({ params }: Props) {
  return <SectionPage lang="en" code={decodeURIComponent((await params).code)} />
}
