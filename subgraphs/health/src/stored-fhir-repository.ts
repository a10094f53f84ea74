import {
  deepClone,
  evalFhirPath,
  generateId,
  globalSchema,
  matchesSearchRequest,
  notFound,
  Operator,
  OperationOutcomeError,
  preconditionFailed,
  stringify,
  badRequest,
  type SearchRequest,
  type SortRule,
  type WithId,
} from '@medplum/core';
import type { Bundle, OperationOutcome, Reference, Resource } from '@medplum/fhirtypes';
import { FhirRepository, type UpdateResourceOptions } from '@medplum/fhir-router';
import type { FhirResourceStore } from './fhir-resource-store.ts';
import { indexedSearch } from './search-keys.ts';

/**
 * medplum's FHIR repository over the embedded server's store (fhir-resource-store.ts), answering
 * as medplum's in-memory repository answers: the same ids, versions and times on a write, the
 * same resources, order, totals and pages for a search. A search the store's keys can answer
 * (search-keys.ts) reads only the resources under those keys, and parses only the page asked for
 * when no other filter is left to test; any other search reads every resource of the type, as
 * medplum's does. It keeps no earlier versions: history, version reads and patches answer not supported.
 */
export class StoredFhirRepository extends FhirRepository<undefined> {
  private readonly store: FhirResourceStore;

  constructor(store: FhirResourceStore) {
    super();
    this.store = store;
  }

  setMode(): void {
    // One store, for reading and writing alike.
  }

  generateId(): string {
    return generateId();
  }

  async createResource<T extends Resource>(resource: T): Promise<WithId<T>> {
    const result = JSON.parse(stringify(resource)) as WithId<T>;
    if (!result.id) result.id = this.generateId();
    if (!result.meta) result.meta = {};
    if (!result.meta.versionId) result.meta.versionId = generateId();
    if (!result.meta.lastUpdated) result.meta.lastUpdated = new Date().toISOString();
    this.store.put(result);
    return result;
  }

  async updateResource<T extends Resource>(resource: T, options?: UpdateResourceOptions): Promise<WithId<T>> {
    if (!resource.id) throw new OperationOutcomeError(badRequest('Missing id'));
    if (options?.ifMatch) {
      const existing = this.store.read(resource.resourceType, resource.id);
      if (existing === undefined) throw new OperationOutcomeError(notFound);
      if ((JSON.parse(existing) as Resource).meta?.versionId !== options.ifMatch) throw new OperationOutcomeError(preconditionFailed);
    }
    const result = deepClone(resource);
    if (result.meta) {
      delete result.meta.versionId;
      delete result.meta.lastUpdated;
    }
    return this.createResource(result);
  }

  patchResource(): Promise<never> {
    return Promise.reject(new OperationOutcomeError(notSupported('The embedded FHIR server does not patch resources.')));
  }

  async readResource<T extends Resource>(resourceType: string, id: string): Promise<WithId<T>> {
    const content = this.store.read(resourceType, id);
    if (content === undefined) throw new OperationOutcomeError(notFound);
    return JSON.parse(content) as WithId<T>;
  }

  readReference<T extends Resource>(reference: Reference<T>): Promise<WithId<T>> {
    const parts = reference.reference?.split('/');
    if (parts?.length !== 2) return Promise.reject(new OperationOutcomeError(badRequest('Invalid reference')));
    return this.readResource<T>(parts[0]!, parts[1]!);
  }

  readReferences<T extends Resource>(references: readonly Reference<T>[]): Promise<(T | OperationOutcomeError)[]> {
    return Promise.all(references.map((reference) => this.readReference<T>(reference)));
  }

  readHistory(): Promise<never> {
    return Promise.reject(new OperationOutcomeError(notSupported('The embedded FHIR server keeps no history.')));
  }

  readVersion(): Promise<never> {
    return Promise.reject(new OperationOutcomeError(notSupported('The embedded FHIR server keeps no earlier versions.')));
  }

  async deleteResource(resourceType: string, id: string): Promise<void> {
    if (!this.store.remove(resourceType, id)) throw new OperationOutcomeError(notFound);
  }

  async search<T extends Resource>(searchRequest: SearchRequest<T>): Promise<Bundle<WithId<T>>> {
    const { resourceType, offset, count } = searchRequest;
    const indexed = searchRequest.sortRules?.length ? undefined : indexedSearch(searchRequest);
    if (indexed && indexed.otherFilters.length === 0 && isPaging(offset) && isPaging(count)) {
      const total = this.store.countWithKeys(indexed.keys);
      const page: WithId<T>[] = [];
      let skip = offset ?? 0;
      for (const json of this.store.resources(resourceType, indexed.keys)) {
        if (count !== undefined && page.length >= count) break;
        if (skip > 0) skip -= 1;
        else page.push(JSON.parse(json) as WithId<T>);
      }
      return searchset(page, total);
    }
    const rest = indexed ? { ...searchRequest, filters: indexed.otherFilters } : searchRequest;
    let matches: WithId<T>[] = [];
    for (const json of this.store.resources(resourceType, indexed?.keys)) {
      const resource = JSON.parse(json) as WithId<T>;
      if (matchesSearchRequest(resource, rest)) matches.push(resource);
    }
    const total = matches.length;
    for (const sortRule of searchRequest.sortRules ?? []) matches = matches.sort((a, b) => sortComparator(a, b, sortRule));
    if (offset !== undefined) matches = matches.slice(offset);
    if (count !== undefined) matches = matches.slice(0, count);
    return searchset(matches, total);
  }

  async searchByReference<T extends Resource>(
    searchRequest: SearchRequest<T>,
    referenceField: string,
    references: string[],
  ): Promise<Record<string, WithId<T>[]>> {
    searchRequest.filters ??= [];
    const results: Record<string, WithId<T>[]> = {};
    for (const reference of references) {
      searchRequest.filters.push({ code: referenceField, operator: Operator.EQUALS, value: reference });
      const bundle = await this.search(searchRequest);
      results[reference] = (bundle.entry ?? []).flatMap((entry) => (entry.resource ? [entry.resource] : []));
      searchRequest.filters.pop();
    }
    return results;
  }

  /** Within a transaction already open on the store (the server opens one per transaction Bundle), part of it. */
  async withTransaction<TResult>(callback: (client: undefined) => Promise<TResult>): Promise<TResult> {
    if (this.store.inTransaction()) return callback(undefined);
    this.store.begin();
    try {
      const result = await callback(undefined);
      this.store.commit();
      return result;
    } catch (error) {
      this.store.rollback();
      throw error;
    }
  }
}

/** A `not-supported` outcome (the server answers it 405). */
export function notSupported(text: string): OperationOutcome {
  return {
    resourceType: 'OperationOutcome',
    id: 'not-supported',
    issue: [{ severity: 'error', code: 'not-supported', details: { text } }],
  };
}

/** An offset or count the store's pages can skip and stop by as medplum's slices do; others are sliced as medplum slices. */
function isPaging(value: number | undefined): boolean {
  return value === undefined || (Number.isSafeInteger(value) && value >= 0);
}

function searchset<T extends Resource>(resources: WithId<T>[], total: number): Bundle<WithId<T>> {
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    entry: resources.length ? resources.map((resource) => ({ resource })) : undefined,
    total,
  };
}

/** medplum's in-memory sort: by the JSON of the parameter's values. */
function sortComparator<T extends Resource>(a: T, b: T, sortRule: SortRule): number {
  const expression = globalSchema.types[a.resourceType]?.searchParams?.[sortRule.code]?.expression;
  if (!expression) return 0;
  const aText = JSON.stringify(evalFhirPath(expression, a));
  const bText = JSON.stringify(evalFhirPath(expression, b));
  return aText.localeCompare(bText) * (sortRule.descending ? -1 : 1);
}
