import {
  convertToSearchableReferences,
  convertToSearchableTokens,
  evalFhirPathTyped,
  getSearchParameter,
  getSearchParameterDetails,
  Operator,
  splitSearchOnComma,
  toTypedValue,
  type Filter,
  type FhirPathAtom,
  type SearchRequest,
  type WithId,
} from '@medplum/core';
import type { Resource } from '@medplum/fhirtypes';

/**
 * Why: medplum's in-memory repository answers every search by evaluating the search parameter
 * on each resource of the type: seconds per search at 10,000 youth. The health subgraph searches
 * patients by medical record number (`Patient?identifier=<system>|<value>,...`) and records by
 * patient (`<Type>?patient=Patient/<id>,...`); this index, kept current on every write, maps
 * those values to the resources carrying them. Values are computed as medplum's matcher computes
 * them (the parameter's expression for the resource's type, whose other types' parts select
 * nothing; references compared exactly, tokens as lower-case `system|value`), so the resources
 * indexed under a filter's values are exactly those the filter matches.
 */

interface IndexedParameter {
  code: string;
  type: 'token' | 'reference';
  expression: FhirPathAtom;
}

export interface IndexedSearch {
  /** Ids of the resources matching the indexed filter, in the repository's storage order. */
  ids: string[];
  /** The search's other filters, still to be tested on those resources. */
  otherFilters: Filter[];
}

export class PatientSearchIndex {
  private readonly parametersByType = new Map<string, IndexedParameter | null>();
  /** `[type, parameter code, value]` -> the resources of that type with the value: id -> storage position. */
  private readonly resourcesByKey = new Map<string, Map<string, number>>();
  /** `Type/id` -> its place in the repository's storage order, and the keys it is under. */
  private readonly entries = new Map<string, { position: number; keys: string[] }>();
  private nextPosition = 0;

  /** Indexes a resource just created or updated; an update keeps its storage position. */
  add(resource: WithId<Resource>): void {
    const reference = `${resource.resourceType}/${resource.id}`;
    const previous = this.entries.get(reference);
    if (previous) this.unindex(previous.keys, resource.id);
    const position = previous?.position ?? this.nextPosition++;
    const parameter = this.parameterOf(resource.resourceType);
    const keys = parameter
      ? resourceValues(parameter, resource).map((value) => indexKey(resource.resourceType, parameter.code, value))
      : [];
    for (const key of keys) {
      const resources = this.resourcesByKey.get(key);
      if (resources) resources.set(resource.id, position);
      else this.resourcesByKey.set(key, new Map([[resource.id, position]]));
    }
    this.entries.set(reference, { position, keys });
  }

  remove(resourceType: string, id: string): void {
    const reference = `${resourceType}/${id}`;
    const entry = this.entries.get(reference);
    if (!entry) return;
    this.unindex(entry.keys, id);
    this.entries.delete(reference);
  }

  clear(): void {
    this.resourcesByKey.clear();
    this.entries.clear();
  }

  /** The search answered from its first filter the index can answer; `undefined` when none can. */
  lookup(searchRequest: SearchRequest): IndexedSearch | undefined {
    const { resourceType } = searchRequest;
    const parameter = this.parameterOf(resourceType);
    if (!parameter) return undefined;
    const filters = searchRequest.filters ?? [];
    for (const filter of filters) {
      if (filter.code !== parameter.code || filter.operator !== Operator.EQUALS) continue;
      const values = filterValues(parameter, filter.value);
      if (!values) continue;
      const found = new Map<string, number>();
      for (const value of values) {
        for (const [id, position] of this.resourcesByKey.get(indexKey(resourceType, parameter.code, value)) ?? []) {
          found.set(id, position);
        }
      }
      return {
        ids: [...found].sort(([, a], [, b]) => a - b).map(([id]) => id),
        otherFilters: filters.filter((other) => other !== filter),
      };
    }
    return undefined;
  }

  private unindex(keys: readonly string[], id: string): void {
    for (const key of keys) {
      const resources = this.resourcesByKey.get(key);
      resources?.delete(id);
      if (resources?.size === 0) this.resourcesByKey.delete(key);
    }
  }

  /** Patients by `identifier`; every other type by `patient`, where the type has it. */
  private parameterOf(resourceType: string): IndexedParameter | null {
    let parameter = this.parametersByType.get(resourceType);
    if (parameter === undefined) {
      const code = resourceType === 'Patient' ? 'identifier' : 'patient';
      const definition = getSearchParameter(resourceType, code);
      parameter =
        definition?.expression && (definition.type === 'token' || definition.type === 'reference')
          ? {
              code,
              type: definition.type,
              expression: getSearchParameterDetails(resourceType, definition).parsedExpression,
            }
          : null;
      this.parametersByType.set(resourceType, parameter);
    }
    return parameter;
  }
}

function indexKey(resourceType: string, code: string, value: string): string {
  return JSON.stringify([resourceType, code, value]);
}

/** A resource's references, or its tokens that have both a system and a value. */
function resourceValues(parameter: IndexedParameter, resource: Resource): string[] {
  const values = evalFhirPathTyped(parameter.expression, [toTypedValue(resource)]);
  if (parameter.type === 'reference') return convertToSearchableReferences(values);
  return convertToSearchableTokens(values).flatMap((token) => (token.system && token.value ? [tokenValue(token.system, token.value)] : []));
}

/**
 * The values a filter matches resources by, split on unescaped commas as medplum does.
 * `undefined` when medplum would match otherwise: an empty reference (matching resources without
 * one), or a token without both system and value (matching on either alone).
 */
function filterValues(parameter: IndexedParameter, filterValue: string): string[] | undefined {
  if (filterValue === '') return undefined;
  const values = splitSearchOnComma(filterValue);
  if (parameter.type === 'reference') return values;
  const tokens: string[] = [];
  for (const value of values) {
    const [system, code] = value.split('|');
    if (!system || !code) return undefined;
    tokens.push(tokenValue(system, code));
  }
  return tokens;
}

/** Tokens compare case-insensitively; neither part of a filter's token holds a `|`. */
function tokenValue(system: string, value: string): string {
  return `${system.toLowerCase()}|${value.toLowerCase()}`;
}
