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
    "query SteeringReport($period: String!) {\n  steeringReport(period: $period) {\n    period { label startsOn endsOn yearToDateStartsOn }\n    tables { measure title unit window breakdown columns rows { category cells { column count suppressed reason percentOfRow } } }\n    suppression { smallCells complementaryCells complementaryCountTotal method }\n  }\n}": typeof types.SteeringReportDocument,
};
const documents: Documents = {
    "query SteeringReport($period: String!) {\n  steeringReport(period: $period) {\n    period { label startsOn endsOn yearToDateStartsOn }\n    tables { measure title unit window breakdown columns rows { category cells { column count suppressed reason percentOfRow } } }\n    suppression { smallCells complementaryCells complementaryCountTotal method }\n  }\n}": types.SteeringReportDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SteeringReport($period: String!) {\n  steeringReport(period: $period) {\n    period { label startsOn endsOn yearToDateStartsOn }\n    tables { measure title unit window breakdown columns rows { category cells { column count suppressed reason percentOfRow } } }\n    suppression { smallCells complementaryCells complementaryCountTotal method }\n  }\n}"): typeof import('./graphql.js').SteeringReportDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
