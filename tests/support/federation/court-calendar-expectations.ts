import { inject } from 'vitest';
import { testScenario } from '../gateway.ts';
import { ask, type GraphQLAnswer } from './harness.ts';
import { CATEGORY_OF_TYPE, alertsOf, timelineOf, type CalendarItem, type CalendarTypeName } from './youth-court-calendar.ts';

/**
 * What the court-calendar subgraph's timeline and alerts must look like for one person and one
 * youth: the main gateway's answer about the same youth tells what the real policy discloses of each
 * information category (a decision depends on the category and labels, not on the field), and
 * each item of the new subgraph must follow the category of its own concrete type.
 */
export type Category = (typeof CATEGORY_OF_TYPE)[CalendarTypeName];
export interface Decided {
  youthShown: boolean;
  allowed: Record<Category, boolean>;
}

/** The profile as the main gateway answers it; its withheld paths tell what the policy decides for each category. */
export const PROFILE = `query Profile($id: ID!) { youth(id: $id) { id name { givenName familyName } exploitationStatus
  childWelfare { clientId placements { placementType } courtHearings { hearingType } } probation { adjudicated } } }`;

export const withheldAt = (answer: GraphQLAnswer, path: string) =>
  (answer.errors ?? []).some((error) => error.path?.join('.') === path && error.extensions?.code === 'UNAUTHORIZED_FIELD_OR_TYPE');

/**
 * What the main gateway discloses of each category to a person about up to two youth of their
 * caseload with a child welfare record (so that every category can be read off the profile), and
 * about one youth of the county outside their caseload.
 */
export async function decisionsOnMainGateway(headers: Record<string, string>): Promise<Array<{ id: string; decided: Decided }>> {
  const caseload = await ask(inject('gatewayUrl'), { name: 'caseload', query: '{ caseload { id childWelfare { clientId } } }' }, headers);
  const items = (caseload.data?.['caseload'] ?? []) as Array<{ id: string; childWelfare: unknown }>;
  const outsider = (await testScenario()).csec.youth
    .map((youth) => youth.id)
    .reverse()
    .find((id) => !items.some((item) => item.id === id));
  const ids = [
    ...items
      .filter((item) => item.childWelfare !== null)
      .slice(0, 2)
      .map((item) => item.id),
    outsider as string,
  ];
  return Promise.all(
    ids.map(async (id) => {
      const profile = await ask(inject('gatewayUrl'), { name: 'profile', query: PROFILE, variables: { id } }, headers);
      const youth = profile.data?.['youth'] as { childWelfare: unknown } | null;
      if (youth && youth.childWelfare === null) throw new Error(`${id} has no child welfare record.`);
      const allowed = {
        ROSTER: youth !== null,
        CSEC_STATUS: youth !== null && !withheldAt(profile, 'youth.exploitationStatus'),
        PLACEMENT: youth !== null && !withheldAt(profile, 'youth.childWelfare.placements'),
        COURT_AND_CASE_PLAN: youth !== null && !withheldAt(profile, 'youth.childWelfare.courtHearings'),
      };
      return { id, decided: { youthShown: youth !== null, allowed } };
    }),
  );
}

/** By concrete type, the response keys selected on it in order: `field`, or `key:field` for an alias. */
export type Selection = Partial<Record<CalendarTypeName, string[]>>;
export interface Shape {
  name: string;
  query: string;
  youthId?: boolean;
  timeline: Selection;
  alerts: Selection;
}
export const SHAPES: Shape[] = [
  {
    name: 'selected on the interface',
    query: `query Direct($id: ID!) { youth(id: $id) { id timeline { __typename occurredOn summary }
      alerts { __typename ... on RiskAlert { raisedOn riskLevel } ... on ContactAlert { raisedOn contactNote } } } }`,
    youthId: true,
    timeline: { CalendarHearing: ['__typename', 'occurredOn', 'summary'], PlacementMove: ['__typename', 'occurredOn', 'summary'] },
    alerts: { RiskAlert: ['__typename', 'raisedOn', 'riskLevel'], ContactAlert: ['__typename', 'raisedOn', 'contactNote'] },
  },
  {
    name: 'through inline fragments on each type',
    query: `query Inline($id: ID!) { youth(id: $id) { timeline { ... on CalendarHearing { summary courtroom } ... on PlacementMove { summary placementType } }
      alerts { ... on RiskAlert { riskLevel } } } }`,
    timeline: { CalendarHearing: ['summary', 'courtroom'], PlacementMove: ['summary', 'placementType'] },
    alerts: { RiskAlert: ['riskLevel'], ContactAlert: [] },
  },
  {
    name: 'through named fragments on the interface and the union',
    query: `query Named($id: ID!) { youth(id: $id) { timeline { ...Event ...Hearing } alerts { ...AnyAlert } } }
      fragment Event on TimelineEvent { __typename summary }
      fragment Hearing on CalendarHearing { occurredOn courtroom }
      fragment AnyAlert on Alert { __typename ... on ContactAlert { contactNote } ...Risk }
      fragment Risk on RiskAlert { raisedOn }`,
    timeline: { CalendarHearing: ['__typename', 'summary', 'occurredOn', 'courtroom'], PlacementMove: ['__typename', 'summary'] },
    alerts: { RiskAlert: ['__typename', 'raisedOn'], ContactAlert: ['__typename', 'contactNote'] },
  },
  {
    name: 'with one response key for a field of each type',
    query: `query Keys($id: ID!) { youth(id: $id) { timeline { ... on CalendarHearing { detail: courtroom } ... on PlacementMove { detail: placementType } }
      alerts { ... on RiskAlert { note: riskLevel } ... on ContactAlert { note: contactNote } } } }`,
    timeline: { CalendarHearing: ['detail:courtroom'], PlacementMove: ['detail:placementType'] },
    alerts: { RiskAlert: ['note:riskLevel'], ContactAlert: ['note:contactNote'] },
  },
  {
    name: 'with a field on the interface and again in a fragment, and an aliased __typename',
    query: `query Twice($id: ID!) { youth(id: $id) { timeline { kind: __typename summary ... on PlacementMove { summary placementType } }
      alerts { kind: __typename ... on RiskAlert { riskLevel } } } }`,
    timeline: { CalendarHearing: ['kind:__typename', 'summary'], PlacementMove: ['kind:__typename', 'summary', 'placementType'] },
    alerts: { RiskAlert: ['kind:__typename', 'riskLevel'], ContactAlert: ['kind:__typename'] },
  },
];

/** The answer the policy's decisions for one youth make of a shape, and its withheld paths. */
export function expectedAnswer(shape: Shape, youthId: string, decided: Decided): { data: unknown; errorPaths: string[] } {
  if (!decided.youthShown) return { data: { youth: null }, errorPaths: [JSON.stringify(['youth'])] };
  const paths: string[] = [];
  // An item of a type none of whose fields the person may see is left out: its type name alone
  // would say what it is about.
  const items = (list: CalendarItem[], selection: Selection) =>
    list
      .filter((item) => decided.allowed[CATEGORY_OF_TYPE[item.__typename]])
      .map((item) => {
        const type = item.__typename;
        return Object.fromEntries(
          (selection[type] ?? []).map((selected) => {
            const [key, name] = selected.includes(':') ? (selected.split(':') as [string, string]) : [selected, selected];
            return [key, name === '__typename' ? type : item[name]];
          }),
        );
      });
  const youth = {
    ...(shape.youthId ? { id: youthId } : {}),
    timeline: items(timelineOf(youthId), shape.timeline),
    alerts: items(alertsOf(youthId), shape.alerts),
  };
  return { data: { youth }, errorPaths: paths.sort() };
}
