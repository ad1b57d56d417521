import { randomBytes } from 'node:crypto'

import type { PremiumFixture } from './premium'
import type { Expectation, Probe } from './premiumProbes'

const graphql = (
  name: string,
  forEditor: Expectation,
  query: string,
  variables?: () => Record<string, unknown>,
): Probe => ({
  name: `GraphQL ${name}`,
  forEditor,
  run: (api, token) => api.graphql(query, variables?.(), token),
})

const lessonFragment = `fragment LessonParts on Lesson { id title access locked teaser content }`
const bundleFragment = `fragment BundleParts on QuestionBundle {
  id locked content questions { prompt solution } }`
const articleFragment = `fragment ArticleParts on CommunityArticle { id locked content }`

/** The same through GraphQL: fragments, aliases, drafts, select, versions, population. */
export function graphqlProbes(f: PremiumFixture): Probe[] {
  const ids = () => ({ lesson: f.lesson.id, bundle: f.bundle.id, article: f.article.id })
  return [
    graphql(
      'documents with fragments and aliases',
      'body',
      `
        ${lessonFragment}
        ${bundleFragment}
        ${articleFragment}
        query ($lesson: Int!, $bundle: Int!, $article: Int!) {
          one: Lesson(id: $lesson) {
            ...LessonParts
            body: content(depth: 3)
          }
          draftOne: Lesson(id: $lesson, draft: true) {
            ...LessonParts
          }
          selected: Lesson(id: $lesson, select: true) {
            content
          }
          many: Lessons(limit: 100) {
            docs {
              ...LessonParts
              again: content
            }
          }
          drafts: Lessons(draft: true, limit: 100) {
            docs {
              ...LessonParts
            }
          }
          picked: Lessons(select: true, draft: true) {
            docs {
              content
            }
          }
          b: QuestionBundle(id: $bundle) {
            ...BundleParts
            answers: questions {
              s: solution
            }
          }
          bs: QuestionBundles(draft: true) {
            docs {
              ...BundleParts
            }
          }
          bsel: QuestionBundles(select: true) {
            docs {
              questions {
                solution
              }
            }
          }
          a: CommunityArticle(id: $article, draft: true) {
            ...ArticleParts
          }
          as: CommunityArticles(limit: 100) {
            docs {
              ...ArticleParts
            }
          }
        }
      `,
      ids,
    ),
    graphql(
      'versions',
      'body',
      `
        {
          lv: versionsLessons(limit: 100) {
            docs {
              id
              version {
                locked
                teaser
                content
              }
            }
          }
          bv: versionsQuestionBundles(limit: 100) {
            docs {
              version {
                locked
                content
                questions {
                  solution
                }
              }
            }
          }
          av: versionsCommunityArticles(limit: 100) {
            docs {
              version {
                locked
                content
              }
            }
          }
        }
      `,
    ),
    graphql(
      'one version by id',
      'body',
      `
        query ($lv: Int, $bv: Int, $av: Int) {
          l: versionLesson(id: $lv) {
            version {
              content
            }
          }
          b: versionQuestionBundle(id: $bv) {
            version {
              questions {
                solution
              }
            }
          }
          a: versionCommunityArticle(id: $av) {
            version {
              content
            }
          }
        }
      `,
      () => ({ lv: f.lessonVersionId, bv: f.bundleVersionId, av: f.articleVersionId }),
    ),
    graphql(
      'population through likes, ratings, review events and an embedding story',
      'body',
      `
        ${lessonFragment}
        ${bundleFragment}
        ${articleFragment}
        query ($story: Int!) {
          Likes(limit: 100) {
            docs {
              item {
                value {
                  ...LessonParts
                  ...BundleParts
                }
              }
            }
          }
          Ratings(limit: 100) {
            docs {
              item {
                value {
                  ...BundleParts
                  ...ArticleParts
                }
              }
            }
          }
          ReviewEvents(limit: 100) {
            docs {
              item {
                value {
                  ...LessonParts
                }
              }
            }
          }
          Story(id: $story) {
            content(depth: 3)
          }
        }
      `,
      () => ({ story: f.story.id }),
    ),
    graphql(
      'filters and sorts on gated fields',
      'refused',
      `
        query ($m: JSON, $s: String) {
          w: Lessons(where: { content: { like: $m } }) {
            docs {
              id
            }
          }
          s: Lessons(sort: "content") {
            docs {
              id
            }
          }
          q: QuestionBundles(where: { questions__solution: { like: $s } }) {
            docs {
              id
            }
          }
          c: countLessons(where: { content: { contains: $m } }) {
            totalDocs
          }
          v: versionsLessons(where: { version__content: { like: $m } }) {
            docs {
              id
            }
          }
        }
      `,
      () => ({ m: f.markers.lesson, s: f.markers.solution }),
    ),
    graphql(
      'duplicating',
      'body',
      `
        mutation ($article: Int!, $slug: String!) {
          duplicateCommunityArticle(
            id: $article
            data: {
              title: "Copy"
              slug: $slug
              summary: "A copy."
              kind: article
              access: premium
              reviewStatus: draft
            }
          ) {
            id
            content
          }
        }
      `,
      () => ({ article: f.article.id, slug: `copy-${randomBytes(4).toString('hex')}` }),
    ),
  ]
}
