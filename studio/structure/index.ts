// The desk: content grouped the way the comms team works, working lists (due for review, waiting for moderation)
// and site settings as a single document. The lists' GROQ lives in studio/lib/desk-filters.ts, tested on the sample.
import { BarChartIcon } from '@sanity/icons/BarChart';
import { BookIcon } from '@sanity/icons/Book';
import { CalendarIcon } from '@sanity/icons/Calendar';
import { CogIcon } from '@sanity/icons/Cog';
import { CommentIcon } from '@sanity/icons/Comment';
import { DocumentsIcon } from '@sanity/icons/Documents';
import { InboxIcon } from '@sanity/icons/Inbox';
import { WarningOutlineIcon } from '@sanity/icons/WarningOutline';
import type { ComponentType } from 'react';
import type { StructureBuilder, StructureResolver } from 'sanity/structure';
import { londonDate } from '../../src/text/dates.ts';
import { apiVersion } from '../env.ts';
import {
  actionsInArea,
  coProducedActions,
  dueForReview,
  measuresInArea,
  openCorrectionReports,
  openSurveys,
  responsesWithPendingText,
  servicesInCategory,
  servicesInPhase,
  unhelpfulPages,
  type DeskFilter,
} from '../lib/desk-filters.ts';
import { SITE_SETTINGS_ID } from '../schemaTypes/index.ts';
import { PrivateFeedbackNote } from './PrivateFeedbackNote.tsx';

type Ordering = { field: string; direction: 'asc' | 'desc' };

function typeList(S: StructureBuilder, type: string, title: string) {
  return S.documentTypeListItem(type).title(title);
}

function group(S: StructureBuilder, id: string, title: string, items: Parameters<ReturnType<StructureBuilder['list']>['items']>[0], icon?: ComponentType) {
  const item = S.listItem().id(id).title(title).child(S.list().id(id).title(title).items(items));
  return icon ? item.icon(icon) : item;
}

/** A document list from a desk filter. */
function filtered(S: StructureBuilder, id: string, title: string, type: string, { filter, params }: DeskFilter, ordering?: Ordering[]) {
  const list = S.documentList().id(id).title(title).schemaType(type).apiVersion(apiVersion).filter(filter).params(params ?? {});
  return ordering ? list.defaultOrdering(ordering) : list;
}

/** A working list whose filter depends on today's date, worked out when the list is opened. */
function datedList(S: StructureBuilder, id: string, title: string, type: string, make: (today: string) => DeskFilter, ordering?: Ordering[]) {
  return S.listItem()
    .id(id)
    .title(title)
    .schemaType(type)
    .child(() => filtered(S, id, title, type, make(londonDate(new Date())), ordering));
}

/** Pick a phase, category… then see its services. */
function servicesBy(S: StructureBuilder, id: string, title: string, type: 'agePhase' | 'category', byId: (id: string) => DeskFilter) {
  return S.listItem()
    .id(id)
    .title(title)
    .child(
      S.documentTypeList(type)
        .id(id)
        .title(title)
        .defaultOrdering([{ field: 'order', direction: 'asc' }])
        .child((termId: string) => filtered(S, `${id}-services`, 'Services', 'service', byId(termId), [{ field: 'title', direction: 'asc' }])),
    );
}

/** A priority area, then its actions and impact measures. */
function areasWithActions(S: StructureBuilder) {
  return S.listItem()
    .id('areas-and-actions')
    .title('Areas and their actions')
    .child(
      S.documentTypeList('priorityArea')
        .id('areas-and-actions')
        .title('Priority areas')
        .child((areaId: string) =>
          S.list()
            .id('area')
            .title('Area')
            .items([
              S.listItem().id('area-document').title('The area').schemaType('priorityArea').child(S.document().schemaType('priorityArea').documentId(areaId)),
              S.listItem()
                .id('area-actions')
                .title('Actions')
                .schemaType('action')
                .child(filtered(S, 'area-actions', 'Actions', 'action', actionsInArea(areaId), [{ field: 'reference', direction: 'asc' }])),
              S.listItem()
                .id('area-measures')
                .title('Impact measures')
                .schemaType('impactMeasure')
                .child(filtered(S, 'area-measures', 'Impact measures', 'impactMeasure', measuresInArea(areaId))),
            ]),
        ),
    );
}

/** The public-content workspace. */
export const structure: StructureResolver = (S) =>
  S.list()
    .title('Content')
    .items([
      group(
        S,
        'local-offer',
        'Local Offer',
        [
          typeList(S, 'service', 'All services'),
          servicesBy(S, 'services-by-phase', 'Services by age phase', 'agePhase', (id) => servicesInPhase(id)),
          servicesBy(S, 'services-by-category', 'Services by category', 'category', (id) => servicesInCategory(id)),
          datedList(S, 'services-due-for-review', 'Services due for review', 'service', (today) => dueForReview('service', today), [
            { field: 'lastReviewed', direction: 'asc' },
          ]).icon(WarningOutlineIcon),
          typeList(S, 'provider', 'Providers'),
          S.divider(),
          typeList(S, 'agePhase', 'Age phases'),
          typeList(S, 'category', 'Categories'),
          typeList(S, 'need', 'Needs'),
        ],
        DocumentsIcon,
      ),
      group(
        S,
        'guides',
        'Guides and glossary',
        [
          typeList(S, 'guide', 'Guides'),
          datedList(S, 'guides-due-for-review', 'Guides due for review', 'guide', (today) => dueForReview('guide', today), [
            { field: 'lastReviewed', direction: 'asc' },
          ]).icon(WarningOutlineIcon),
          typeList(S, 'glossaryTerm', 'Glossary'),
        ],
        BookIcon,
      ),
      group(
        S,
        'plan',
        'Improvement plan',
        [
          typeList(S, 'plan', 'Plans'),
          areasWithActions(S),
          typeList(S, 'priorityArea', 'Priority areas'),
          typeList(S, 'action', 'All actions'),
          typeList(S, 'impactMeasure', 'Impact measures'),
          S.listItem()
            .id('co-production')
            .title('Co-production record')
            .schemaType('action')
            .child(filtered(S, 'co-production', 'Actions with co-production', 'action', coProducedActions, [{ field: 'reference', direction: 'asc' }])),
        ],
        BarChartIcon,
      ),
      group(
        S,
        'feedback',
        'Feedback',
        [
          typeList(S, 'feedbackTheme', 'Feedback themes'),
          typeList(S, 'youSaidWeDid', 'You said, we did'),
          S.divider(),
          S.listItem()
            .id('private-feedback')
            .title('Responses, reports and page feedback')
            .icon(InboxIcon)
            .child(S.component(PrivateFeedbackNote).id('private-feedback').title('Private feedback')),
        ],
        CommentIcon,
      ),
      group(
        S,
        'surveys',
        'Surveys',
        [
          datedList(S, 'open-surveys', 'Open now', 'survey', (today) => openSurveys(`${today}T23:59:59Z`)).icon(CalendarIcon),
          typeList(S, 'survey', 'All surveys'),
        ],
        CalendarIcon,
      ),
      S.divider(),
      S.listItem()
        .id('settings')
        .title('Settings')
        .icon(CogIcon)
        .child(S.document().schemaType('siteSettings').documentId(SITE_SETTINGS_ID).title('Site settings')),
    ]);

/** The private feedback workspace: what families sent, for moderation. */
export const feedbackStructure: StructureResolver = (S) =>
  S.list()
    .title('Private feedback')
    .items([
      S.listItem()
        .id('inbox')
        .title('Answers waiting for moderation')
        .icon(InboxIcon)
        .schemaType('surveyResponse')
        .child(
          filtered(S, 'inbox', 'Waiting for moderation (oldest first)', 'surveyResponse', responsesWithPendingText, [
            { field: 'submittedAt', direction: 'asc' },
          ]),
        ),
      typeList(S, 'surveyResponse', 'All survey responses'),
      S.divider(),
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
                .schemaType('correctionReport')
                .child(filtered(S, 'open-reports', 'Open reports', 'correctionReport', openCorrectionReports, [{ field: 'createdAt', direction: 'asc' }])),
              typeList(S, 'correctionReport', 'All reports'),
            ]),
        ),
      S.listItem()
        .id('page-feedback')
        .title('Page feedback')
        .child(
          S.list()
            .id('page-feedback')
            .title('Page feedback')
            .items([
              S.listItem()
                .id('not-useful')
                .title('Not useful')
                .schemaType('pageFeedback')
                .child(filtered(S, 'not-useful', 'Pages people did not find useful', 'pageFeedback', unhelpfulPages, [{ field: 'createdAt', direction: 'desc' }])),
              typeList(S, 'pageFeedback', 'All page feedback'),
            ]),
        ),
      typeList(S, 'searchGap', 'Searches with no results'),
      typeList(S, 'subscription', 'Email subscriptions'),
      typeList(S, 'publishedQuarter', 'Published quarterly figures'),
    ]);
