import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { YouthReference, CourtCaseRow, AttorneyOfRecordRow, HearingRow, InspectionOrderRow, ProceedingRow, ProceedingParticipantRow } from '../source.ts';
import type { JuvenileCourtContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, YYYY-MM-DD. */
  Date: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** An attorney of record in a juvenile court case. */
export type AttorneyOfRecord = {
  __typename?: 'AttorneyOfRecord';
  /** The attorney's name. */
  name?: Maybe<Scalars['String']['output']>;
  /** Whom the attorney represents. */
  represents?: Maybe<CaseParty>;
};

/**
 * A granted W&IC 827 petition: the juvenile court lets the person or agency it names inspect the
 * youth's juvenile case file, for the parts it names, until it expires.
 */
export type CaseFileInspectionOrder = {
  __typename?: 'CaseFileInspectionOrder';
  /** The person or agency the order authorizes, as the order names them. */
  authorized?: Maybe<Scalars['String']['output']>;
  /** The last day the order allows inspection. */
  expiresOn?: Maybe<Scalars['Date']['output']>;
  /** The day the court granted the petition. */
  grantedOn?: Maybe<Scalars['Date']['output']>;
  /** The court's number for the order. */
  orderNumber?: Maybe<Scalars['String']['output']>;
  /** The parts of the case file the order opens, in the court's words. */
  scope?: Maybe<Scalars['String']['output']>;
};

/** Whom an attorney of record represents in a juvenile court case. */
export type CaseParty =
  /** The county child welfare agency. */
  | 'CHILD_WELFARE_AGENCY'
  /** A parent or guardian of the youth. */
  | 'PARENT'
  /** The People, in a delinquency case (the district attorney). */
  | 'PEOPLE'
  /** The youth. */
  | 'YOUTH';

/** A proceeding about the youth, as the court records it. */
export type CourtProceeding = {
  __typename?: 'CourtProceeding';
  /** Dependency, delinquency or criminal. */
  kind?: Maybe<ProceedingKind>;
  /** Who takes part in the proceeding and from when to when, the most recent first. */
  participants?: Maybe<Array<ProceedingParticipant>>;
  /** The court's id for the proceeding. */
  proceedingId?: Maybe<Scalars['String']['output']>;
};

/** A juvenile court case about the youth. */
export type JuvenileCourtCase = {
  __typename?: 'JuvenileCourtCase';
  /** The attorneys of record in the case and whom each represents. */
  attorneysOfRecord?: Maybe<Array<AttorneyOfRecord>>;
  /** The court's case number. */
  caseNumber?: Maybe<Scalars['String']['output']>;
  /** When the petition was filed. */
  filedOn?: Maybe<Scalars['Date']['output']>;
  /** Every hearing of the case, set or held, the most recent first. */
  hearings?: Maybe<Array<JuvenileCourtHearing>>;
  /** Dependency (W&IC 300) or delinquency (W&IC 602). */
  jurisdiction?: Maybe<JuvenileCourtJurisdiction>;
  /** The next hearing set in the case, today or later; empty when none is set. */
  nextHearing?: Maybe<JuvenileCourtHearing>;
};

/** A hearing the juvenile court has set or held. */
export type JuvenileCourtHearing = {
  __typename?: 'JuvenileCourtHearing';
  /** The day of the hearing. */
  date?: Maybe<Scalars['Date']['output']>;
  /** The minute order of a hearing held: what the court found and ordered, as the clerk recorded it; empty until then. */
  minuteOrder?: Maybe<Scalars['String']['output']>;
  /** What the hearing is for. */
  type?: Maybe<JuvenileHearingType>;
};

/** Why the juvenile court has jurisdiction over the youth in a case. */
export type JuvenileCourtJurisdiction =
  /** Delinquency: a petition alleges the youth broke a law (W&IC 602). */
  | 'DELINQUENCY'
  /** Dependency: the youth needs the court's protection (W&IC 300), including commercial sexual exploitation (W&IC 300(b)(2)). */
  | 'DEPENDENCY';

/** The kind of a juvenile court hearing. */
export type JuvenileHearingType =
  /** Detention hearing: whether the youth stays out of the home or in custody until the next hearing. */
  | 'DETENTION'
  /** Disposition hearing: what the court orders for the youth. */
  | 'DISPOSITION'
  /** Jurisdiction hearing: whether the petition's allegations are true. */
  | 'JURISDICTION'
  /** Permanency hearing: the youth's permanent plan. */
  | 'PERMANENCY'
  /** Six-month or other review of the youth's case plan and progress. */
  | 'REVIEW'
  /** Hearing on a petition to terminate or modify jurisdiction. */
  | 'TERMINATION';

/** What a proceeding about the youth is. */
export type ProceedingKind =
  /** A criminal proceeding involving the youth, for example against an exploiter. */
  | 'CRIMINAL'
  /** A delinquency matter (W&IC 602). */
  | 'DELINQUENCY'
  /** A dependency matter (W&IC 300). */
  | 'DEPENDENCY';

/** A person's part in a proceeding, from its first day to its last, both included. */
export type ProceedingParticipant = {
  __typename?: 'ProceedingParticipant';
  /** The first day of their part. */
  from?: Maybe<Scalars['Date']['output']>;
  /** Their part in the proceeding. */
  role?: Maybe<ProceedingRole>;
  /** The last day of their part; empty while it has not ended. */
  until?: Maybe<Scalars['Date']['output']>;
  /** The person's user id in the county's staff directory. */
  userId?: Maybe<Scalars['String']['output']>;
};

/** A person's part in a proceeding. */
export type ProceedingRole =
  /** Counsel of a party. */
  | 'COUNSEL'
  /** Investigating the matter of the proceeding, for example a law enforcement officer. */
  | 'INVESTIGATING'
  /** A party to the proceeding. */
  | 'PARTY'
  /** A witness. */
  | 'WITNESS';

/**
 * A youth served by the CSEC program. The program's youth id is the youth's identity across
 * agencies; each agency contributes its own record through its own identifier, linked by the MDT.
 */
export type Youth = {
  __typename?: 'Youth';
  /**
   * Orders of the juvenile court under W&IC 827 that let a named person or agency inspect the youth's
   * juvenile case file, the most recently granted first.
   */
  caseFileInspectionOrders?: Maybe<Array<CaseFileInspectionOrder>>;
  /**
   * The youth's party number in the juvenile court's case management system: the court gives each
   * person one party number and keeps it across all their cases, so a youth with a dependency case
   * (W&IC 300) and a delinquency case (W&IC 602) is one party in both. A case number names a case,
   * not the youth.
   */
  courtPartyNumber: Scalars['ID']['output'];
  /**
   * Proceedings about the youth the court records (its dependency and delinquency matters, and criminal
   * proceedings involving the youth), each with who is a party to, investigating, counsel in or witness to it.
   */
  courtProceedings?: Maybe<Array<CourtProceeding>>;
  /** The juvenile court's cases about the youth (dependency and delinquency), the most recently filed first. */
  juvenileCourtCases?: Maybe<Array<JuvenileCourtCase>>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Youth: Youth;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Youth:
    ( { __typename: 'Youth' }
    & GraphQLRecursivePick<FederationTypes['Youth'], {"courtPartyNumber":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AttorneyOfRecord: ResolverTypeWrapper<AttorneyOfRecordRow>;
  CaseFileInspectionOrder: ResolverTypeWrapper<InspectionOrderRow>;
  CaseParty: CaseParty;
  CourtProceeding: ResolverTypeWrapper<ProceedingRow>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  JuvenileCourtCase: ResolverTypeWrapper<CourtCaseRow>;
  JuvenileCourtHearing: ResolverTypeWrapper<HearingRow>;
  JuvenileCourtJurisdiction: JuvenileCourtJurisdiction;
  JuvenileHearingType: JuvenileHearingType;
  ProceedingKind: ProceedingKind;
  ProceedingParticipant: ResolverTypeWrapper<ProceedingParticipantRow>;
  ProceedingRole: ProceedingRole;
  Youth: ResolverTypeWrapper<YouthReference>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AttorneyOfRecord: AttorneyOfRecordRow;
  CaseFileInspectionOrder: InspectionOrderRow;
  CourtProceeding: ProceedingRow;
  Date: Scalars['Date']['output'];
  JuvenileCourtCase: CourtCaseRow;
  JuvenileCourtHearing: HearingRow;
  ProceedingParticipant: ProceedingParticipantRow;
  Youth: YouthReference;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
};

export type AgencyIdentifierDirectiveArgs = {
  agency: Scalars['String']['input'];
};

export type AgencyIdentifierDirectiveResolver<Result, Parent, ContextType = JuvenileCourtContext, Args = AgencyIdentifierDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ClassifiedDirectiveArgs = {
  category: Scalars['String']['input'];
  confidentiality: Scalars['String']['input'];
  sensitivity?: Maybe<Array<Scalars['String']['input']>>;
};

export type ClassifiedDirectiveResolver<Result, Parent, ContextType = JuvenileCourtContext, Args = ClassifiedDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AttorneyOfRecordResolvers<ContextType = JuvenileCourtContext, ParentType extends ResolversParentTypes['AttorneyOfRecord'] = ResolversParentTypes['AttorneyOfRecord']> = {
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  represents?: Resolver<Maybe<ResolversTypes['CaseParty']>, ParentType, ContextType>;
};

export type CaseFileInspectionOrderResolvers<ContextType = JuvenileCourtContext, ParentType extends ResolversParentTypes['CaseFileInspectionOrder'] = ResolversParentTypes['CaseFileInspectionOrder']> = {
  authorized?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  expiresOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  grantedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  orderNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scope?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CourtProceedingResolvers<ContextType = JuvenileCourtContext, ParentType extends ResolversParentTypes['CourtProceeding'] = ResolversParentTypes['CourtProceeding']> = {
  kind?: Resolver<Maybe<ResolversTypes['ProceedingKind']>, ParentType, ContextType>;
  participants?: Resolver<Maybe<Array<ResolversTypes['ProceedingParticipant']>>, ParentType, ContextType>;
  proceedingId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type JuvenileCourtCaseResolvers<ContextType = JuvenileCourtContext, ParentType extends ResolversParentTypes['JuvenileCourtCase'] = ResolversParentTypes['JuvenileCourtCase']> = {
  attorneysOfRecord?: Resolver<Maybe<Array<ResolversTypes['AttorneyOfRecord']>>, ParentType, ContextType>;
  caseNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  filedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  hearings?: Resolver<Maybe<Array<ResolversTypes['JuvenileCourtHearing']>>, ParentType, ContextType>;
  jurisdiction?: Resolver<Maybe<ResolversTypes['JuvenileCourtJurisdiction']>, ParentType, ContextType>;
  nextHearing?: Resolver<Maybe<ResolversTypes['JuvenileCourtHearing']>, ParentType, ContextType>;
};

export type JuvenileCourtHearingResolvers<ContextType = JuvenileCourtContext, ParentType extends ResolversParentTypes['JuvenileCourtHearing'] = ResolversParentTypes['JuvenileCourtHearing']> = {
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  minuteOrder?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['JuvenileHearingType']>, ParentType, ContextType>;
};

export type ProceedingParticipantResolvers<ContextType = JuvenileCourtContext, ParentType extends ResolversParentTypes['ProceedingParticipant'] = ResolversParentTypes['ProceedingParticipant']> = {
  from?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['ProceedingRole']>, ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  userId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type YouthResolvers<ContextType = JuvenileCourtContext, ParentType extends ResolversParentTypes['Youth'] = ResolversParentTypes['Youth'], FederationReferenceType extends FederationReferenceTypes['Youth'] = FederationReferenceTypes['Youth']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Youth']> | FederationReferenceType, FederationReferenceType, ContextType>;
  caseFileInspectionOrders?: Resolver<Maybe<Array<ResolversTypes['CaseFileInspectionOrder']>>, ParentType, ContextType>;
  courtPartyNumber?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  courtProceedings?: Resolver<Maybe<Array<ResolversTypes['CourtProceeding']>>, ParentType, ContextType>;
  juvenileCourtCases?: Resolver<Maybe<Array<ResolversTypes['JuvenileCourtCase']>>, ParentType, ContextType>;
};

export type Resolvers<ContextType = JuvenileCourtContext> = {
  AttorneyOfRecord?: AttorneyOfRecordResolvers<ContextType>;
  CaseFileInspectionOrder?: CaseFileInspectionOrderResolvers<ContextType>;
  CourtProceeding?: CourtProceedingResolvers<ContextType>;
  Date?: GraphQLScalarType;
  JuvenileCourtCase?: JuvenileCourtCaseResolvers<ContextType>;
  JuvenileCourtHearing?: JuvenileCourtHearingResolvers<ContextType>;
  ProceedingParticipant?: ProceedingParticipantResolvers<ContextType>;
  Youth?: YouthResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = JuvenileCourtContext> = {
  agencyIdentifier?: AgencyIdentifierDirectiveResolver<any, any, ContextType>;
  classified?: ClassifiedDirectiveResolver<any, any, ContextType>;
};
