import { IndicatorPage, codeFromSegment, indicatorMetadata } from '../../../../../site/pages/IndicatorPage'

type Props = { params: Promise<{ code: string }> }

export const dynamic = 'force-dynamic'

export const generateMetadata = async ({ params }: Props) => {
  const { code } = await params
  return indicatorMetadata('en', codeFromSegment(code))
}

export default async function Page({ params }: Props) {
  const { code } = await params
  return <IndicatorPage lang="en" code={codeFromSegment(code)} />
}
