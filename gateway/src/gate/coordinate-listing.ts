import { isObjectType, type GraphQLSchema } from 'graphql';
import type { Lap } from '../../../runtime/core-waits.ts';
import type { Classification } from '../../../runtime/policy/classifications.ts';
import type { Coordinate, Decision } from '../../../runtime/policy/policy-input.ts';
import type { AnalyzedOperation } from './selection-analysis.ts';
import type { Scope } from './youth-scope.ts';

/** What the requester is told about a field the policy was not asked about. */
export const GENERIC_REASON = 'Not available to you.';

/** A field no classification describes is withheld, without asking the policy (deny by default). */
export const UNCLASSIFIED_DECISION: Decision = {
  allow: false,
  rule: 'UNCLASSIFIED_FIELD',
  legal_basis: 'deny by default',
  reason: GENERIC_REASON,
  obligations: [],
  conceal: false,
  review: false,
};

/** The decision on one selected coordinate for one youth (or none), and the position of the coordinate evaluated for it. */
export interface FieldDecision {
  youthId: string | null;
  field: string;
  category: string;
  position: number;
  decision: Decision;
}

/**
 * The coordinates the policy is asked about for an operation, and where each selected
 * (youth, `Type.field`) finds its decision among them.
 */
export interface CoordinateListing {
  coordinates: Coordinate[];
  perField: Array<{ youthId: string | null; field: string; position: number }>;
  classOfField: Map<string, number>;
  evaluatedOf: Map<string | null, number[]>;
}

/**
 * The classification of a `Type.field`: its own, or, for an object type that does not classify a
 * field it has from an interface, the interface's (a supergraph may carry it there only).
 */
export function classificationLookup(schema: GraphQLSchema, classifications: ReadonlyMap<string, Classification>) {
  const found = new Map<string, Classification | undefined>();
  return (coordinate: string): Classification | undefined => {
    if (found.has(coordinate)) return found.get(coordinate);
    let classification = classifications.get(coordinate);
    if (!classification) {
      const [typeName, fieldName] = coordinate.split('.') as [string, string];
      const type = schema.getType(typeName);
      const interfaces = type && isObjectType(type) ? type.getInterfaces() : [];
      classification = interfaces
        .map((face) => classifications.get(`${face.name}.${fieldName}`))
        .find((candidate) => candidate !== undefined);
    }
    found.set(coordinate, classification);
    return classification;
  };
}

/**
 * Lists the coordinates to evaluate: outside emergency access a decision depends on the youth, the
 * category and the labels, not on the field's name, so fields that share them share one evaluated
 * coordinate (`byFieldName` keeps them apart).
 */
export function listCoordinates(
  analyzed: AnalyzedOperation,
  scope: Scope,
  classify: (coordinate: string) => Classification | undefined,
  byFieldName: boolean,
): CoordinateListing {
  const classes = new Map<string, number>();
  const classOfField = new Map<string, number>();
  const classifications: Array<{ field: string; classification: Classification }> = [];
  const youthOfField = new Map<string, Set<string | null>>();
  // A type named where the schema promises only an interface or a union is shown to someone who may
  // see one of its fields: every field of it is decided.
  const ofNamedTypes = analyzed.namedTypes.map(({ type, root }) => ({
    root,
    coordinates: Object.keys(type.getFields()).map((field) => `${type.name}.${field}`),
  }));
  // Only the (youth, field) pairs the operation selects are decisions of the request (audit, subgraphs).
  const selectedPairs = new Set<string>();
  for (const selected of ofNamedTypes.length > 0 ? analyzed.fields : []) {
    for (const youthId of scope.youthOf(selected.root))
      for (const field of selected.coordinates) selectedPairs.add(`${youthId ?? ''}\u0000${field}`);
  }
  for (const selected of [...analyzed.fields, ...ofNamedTypes]) {
    const youth = scope.youthOf(selected.root);
    for (const field of selected.coordinates) {
      if (!classOfField.has(field)) {
        const classification = classify(field);
        if (!classification) continue;
        const shared = JSON.stringify([classification, byFieldName ? field : '']);
        let number = classes.get(shared);
        if (number === undefined) {
          number = classifications.length;
          classes.set(shared, number);
          classifications.push({ field, classification });
        }
        classOfField.set(field, number);
        youthOfField.set(field, new Set());
      }
      const youthIds = youthOfField.get(field) as Set<string | null>;
      for (const youthId of youth) youthIds.add(youthId);
    }
  }
  const evaluatedOf = new Map<string | null, number[]>();
  const coordinates: Coordinate[] = [];
  const perField: CoordinateListing['perField'] = [];
  for (const [field, youthIds] of youthOfField) {
    const number = classOfField.get(field) as number;
    for (const youthId of youthIds) {
      let evaluated = evaluatedOf.get(youthId);
      if (!evaluated) evaluatedOf.set(youthId, (evaluated = []));
      let position = evaluated[number];
      if (position === undefined) {
        position = coordinates.length;
        evaluated[number] = position;
        const { field: evaluatedField, classification } = classifications[number] as (typeof classifications)[number];
        coordinates.push({ youthId, field: evaluatedField, ...classification });
      }
      if (ofNamedTypes.length === 0 || selectedPairs.has(`${youthId ?? ''}\u0000${field}`)) perField.push({ youthId, field, position });
    }
  }
  return { coordinates, perField, classOfField, evaluatedOf };
}

/** Every decision of a request, by (youth, coordinate). */
export interface Evaluation {
  decisions: FieldDecision[];
  /** The time the policy took to decide them, all its evaluations together. */
  policyTime: Lap;
  coordinateCount: number;
  decisionFor: (youthId: string | null, coordinate: string) => Decision;
  /** Whether a coordinate is withheld for at least one youth (or is not classified). */
  mayWithhold: (coordinate: string) => boolean;
}

/** The evaluation of an operation from the policy's decisions on its listed coordinates, in their order. */
export function evaluationOf(listing: CoordinateListing, decisions: readonly Decision[], policyTime: Lap): Evaluation {
  const { coordinates, perField, classOfField, evaluatedOf } = listing;
  const decisionAt = (position: number | undefined): Decision =>
    (position === undefined ? undefined : decisions[position]) ?? UNCLASSIFIED_DECISION;
  const fieldDecisions: FieldDecision[] = perField.map(({ youthId, field, position }) => ({
    youthId,
    field,
    category: (coordinates[position] as Coordinate).category,
    position,
    decision: decisionAt(position),
  }));
  const withheldForSome = new Set<string>();
  for (const { field, decision } of fieldDecisions) if (!decision.allow) withheldForSome.add(field);
  return {
    decisions: fieldDecisions,
    policyTime,
    coordinateCount: coordinates.length,
    decisionFor: (youthId, coordinate) => {
      const number = classOfField.get(coordinate);
      return number === undefined ? UNCLASSIFIED_DECISION : decisionAt(evaluatedOf.get(youthId)?.[number]);
    },
    mayWithhold: (coordinate) => withheldForSome.has(coordinate) || !classOfField.has(coordinate),
  };
}
