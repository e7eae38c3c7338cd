import { Breadcrumbs } from '../components/Breadcrumbs'
import { PageFrame } from '../components/PageFrame'
import { ProgressBar } from '../components/ProgressBar'
import type { Lang } from '../i18n'
import { TEXT, pathFor, sectionKindLabel } from '../i18n'
import { pageMetadata } from '../metadata'
import type { SectionNode } from './roadmapData'
import { buildSectionTree, loadAdoptedRoadmap, loadSections } from './roadmapData'

export const roadmapMetadata = (lang: Lang) =>
  pageMetadata({ lang, path: '/peta-jalan', title: TEXT[lang].roadmapTitle, description: TEXT[lang].roadmapIntro })

const SectionTree = ({ lang, nodes }: { lang: Lang; nodes: SectionNode[] }) => (
  <ul>
    {nodes.map((node) => (
      <li key={node.id}>
        <span className="kind">{sectionKindLabel(lang, node.kind)} {node.code}</span>
        <br />
        <a href={pathFor(lang, `/peta-jalan/${node.code}`)}>{node.title}</a>
        <ProgressBar lang={lang} value={node.progress} label={TEXT[lang].progressOf(`${node.code} ${node.title}`)} />
        {node.children.length > 0 ? <SectionTree lang={lang} nodes={node.children} /> : null}
      </li>
    ))}
  </ul>
)

/** `/peta-jalan`: the whole roadmap as a tree, each part with its progress. */
export const RoadmapPage = async ({ lang }: { lang: Lang }) => {
  const text = TEXT[lang]
  const roadmap = await loadAdoptedRoadmap(lang)
  const tree = roadmap ? buildSectionTree(await loadSections(lang, roadmap.id)) : []
  return (
    <PageFrame lang={lang} path="/peta-jalan">
      <Breadcrumbs lang={lang} items={[{ label: text.roadmapTitle }]} />
      <h1>{roadmap?.title ?? text.roadmapTitle}</h1>
      <p className="lead">{text.roadmapIntro}</p>
      {!roadmap ? (
        <p>{text.noRoadmap}</p>
      ) : (
        <>
          <h2>{text.overallProgress}</h2>
          <ProgressBar lang={lang} value={roadmap.progress} label={text.progressOf(roadmap.title)} />
          <h2>{text.strategies}</h2>
          {tree.length === 0 ? <p>{text.noStrategies}</p> : <div className="tree"><SectionTree lang={lang} nodes={tree} /></div>}
        </>
      )}
    </PageFrame>
  )
}
