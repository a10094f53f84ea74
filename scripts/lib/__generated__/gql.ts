/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query SteeringReport($period: String!) {\n    steeringReport(period: $period) {\n      period {\n        label\n        startsOn\n        endsOn\n        yearToDateStartsOn\n      }\n      tables {\n        measure\n        title\n        unit\n        window\n        breakdown\n        columns\n        rows {\n          category\n          cells {\n            column\n            count\n            suppressed\n            reason\n            percentOfRow\n          }\n        }\n      }\n      suppression {\n        smallCells\n        complementaryCells\n        complementaryCountTotal\n        method\n      }\n    }\n  }\n": typeof types.SteeringReportDocument,
};
const documents: Documents = {
    "\n  query SteeringReport($period: String!) {\n    steeringReport(period: $period) {\n      period {\n        label\n        startsOn\n        endsOn\n        yearToDateStartsOn\n      }\n      tables {\n        measure\n        title\n        unit\n        window\n        breakdown\n        columns\n        rows {\n          category\n          cells {\n            column\n            count\n            suppressed\n            reason\n            percentOfRow\n          }\n        }\n      }\n      suppression {\n        smallCells\n        complementaryCells\n        complementaryCountTotal\n        method\n      }\n    }\n  }\n": types.SteeringReportDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SteeringReport($period: String!) {\n    steeringReport(period: $period) {\n      period {\n        label\n        startsOn\n        endsOn\n        yearToDateStartsOn\n      }\n      tables {\n        measure\n        title\n        unit\n        window\n        breakdown\n        columns\n        rows {\n          category\n          cells {\n            column\n            count\n            suppressed\n            reason\n            percentOfRow\n          }\n        }\n      }\n      suppression {\n        smallCells\n        complementaryCells\n        complementaryCountTotal\n        method\n      }\n    }\n  }\n"): typeof import('./graphql.js').SteeringReportDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
