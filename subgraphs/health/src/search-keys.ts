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
} from '@medplum/core';
import type { Resource } from '@medplum/fhirtypes';

/**
 * Why: medplum's matcher answers a search by evaluating the search parameter on each resource of
 * the type, which the embedded FHIR server's store cannot afford for every resource of a county.
 * The searches it answers often are indexed instead: patients by medical record number
 * (`Patient?identifier=<system>|<value>,...`), records by patient (`<Type>?patient=Patient/<id>,...`),
 * and what the seeder wrote (`<Type>?_tag=<system>|<code>`). Each resource carries the keys of its
 * values for those parameters, computed as medplum's matcher computes them (the parameter's
 * expression for the resource's type, whose other types' parts select nothing; references compared
 * exactly, tokens as lower-case `system|value`), so the resources under a filter's keys are
 * exactly those the filter matches.
 */

interface IndexedParameter {
  code: string;
  type: 'token' | 'reference';
  expression: FhirPathAtom;
}

export interface IndexedSearch {
  /** The keys of the filter the index answers: a resource matches it when it carries one of them. */
  keys: string[];
  /** The search's other filters, still to be tested on those resources. */
  otherFilters: Filter[];
}

const parametersByType = new Map<string, IndexedParameter[]>();

/** The keys a resource is found by. */
export function searchKeys(resource: Resource): string[] {
  return indexedParameters(resource.resourceType).flatMap((parameter) =>
    resourceValues(parameter, resource).map((value) => searchKey(resource.resourceType, parameter.code, value)),
  );
}

/** The search answered from its first filter the index can answer; `undefined` when none can. */
export function indexedSearch(searchRequest: SearchRequest): IndexedSearch | undefined {
  const { resourceType } = searchRequest;
  const parameters = indexedParameters(resourceType);
  const filters = searchRequest.filters ?? [];
  for (const filter of filters) {
    const parameter = parameters.find((candidate) => candidate.code === filter.code);
    if (!parameter || filter.operator !== Operator.EQUALS) continue;
    const values = filterValues(parameter, filter.value);
    if (!values) continue;
    return {
      keys: [...new Set(values.map((value) => searchKey(resourceType, parameter.code, value)))],
      otherFilters: filters.filter((other) => other !== filter),
    };
  }
  return undefined;
}

/** Patients by `identifier`; every other type by `patient`, where the type has it; every type by `_tag`. */
function indexedParameters(resourceType: string): IndexedParameter[] {
  let parameters = parametersByType.get(resourceType);
  if (parameters === undefined) {
    const codes = [resourceType === 'Patient' ? 'identifier' : 'patient', '_tag'];
    parameters = codes.flatMap((code) => {
      const definition = getSearchParameter(resourceType, code);
      return definition?.expression && (definition.type === 'token' || definition.type === 'reference')
        ? [{ code, type: definition.type, expression: getSearchParameterDetails(resourceType, definition).parsedExpression }]
        : [];
    });
    parametersByType.set(resourceType, parameters);
  }
  return parameters;
}

function searchKey(resourceType: string, code: string, value: string): string {
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
