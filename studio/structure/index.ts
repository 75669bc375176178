// The desk: content grouped the way the comms team works, with site settings as a single document.
import type { StructureBuilder, StructureResolver } from 'sanity/structure';
import { apiVersion } from '../env.ts';
import { SITE_SETTINGS_ID } from '../schemaTypes/index.ts';

function typeList(S: StructureBuilder, type: string, title: string) {
  return S.documentTypeListItem(type).title(title);
}

function group(S: StructureBuilder, id: string, title: string, items: ReturnType<typeof typeList>[]) {
  return S.listItem().id(id).title(title).child(S.list().id(id).title(title).items(items));
}

/** The public-content workspace. */
export const structure: StructureResolver = (S) =>
  S.list()
    .title('Content')
    .items([
      group(S, 'local-offer', 'Local Offer', [
        typeList(S, 'service', 'Services'),
        typeList(S, 'provider', 'Providers'),
        typeList(S, 'agePhase', 'Age phases'),
        typeList(S, 'category', 'Categories'),
        typeList(S, 'need', 'Needs'),
      ]),
      group(S, 'guides', 'Guides and glossary', [typeList(S, 'guide', 'Guides'), typeList(S, 'glossaryTerm', 'Glossary')]),
      group(S, 'plan', 'Improvement plan', [
        typeList(S, 'plan', 'Plans'),
        typeList(S, 'priorityArea', 'Priority areas'),
        typeList(S, 'action', 'Actions'),
        typeList(S, 'impactMeasure', 'Impact measures'),
      ]),
      group(S, 'feedback', 'Feedback', [
        typeList(S, 'youSaidWeDid', 'You said, we did'),
        typeList(S, 'feedbackTheme', 'Feedback themes'),
      ]),
      group(S, 'surveys', 'Surveys', [typeList(S, 'survey', 'Surveys')]),
      S.divider(),
      S.listItem()
        .id('settings')
        .title('Settings')
        .child(S.document().schemaType('siteSettings').documentId(SITE_SETTINGS_ID).title('Site settings')),
    ]);

/** The private feedback workspace: what families sent, for moderation. */
export const feedbackStructure: StructureResolver = (S) =>
  S.list()
    .title('Private feedback')
    .items([
      typeList(S, 'surveyResponse', 'Survey responses'),
      S.listItem()
        .id('corrections')
        .title('Correction reports')
        .child(
          S.list()
            .id('corrections')
            .title('Correction reports')
            .items([
              S.listItem()
                .id('open')
                .title('Open')
                .child(
                  S.documentList()
                    .id('open-reports')
                    .title('Open reports')
                    .schemaType('correctionReport')
                    .apiVersion(apiVersion)
                    .filter('_type == "correctionReport" && (!defined(status) || status != "resolved")'),
                ),
              typeList(S, 'correctionReport', 'All reports'),
            ]),
        ),
      typeList(S, 'pageFeedback', 'Page feedback'),
      typeList(S, 'searchGap', 'Searches with no results'),
      typeList(S, 'subscription', 'Email subscriptions'),
    ]);
