import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ClientRow, CaseRow, ReferralRow, PlacementRow, CasePlanRow, CourtHearingRow } from '../source.ts';
import type { ChildWelfareContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, YYYY-MM-DD. */
  Date: { input: string; output: string; }
  /** A date and time with offset, ISO 8601. */
  DateTime: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** A street address. */
export type Address = {
  __typename?: 'Address';
  /** City. */
  city?: Maybe<Scalars['String']['output']>;
  /** Street line. */
  line1?: Maybe<Scalars['String']['output']>;
  /** Unit or second line. */
  line2?: Maybe<Scalars['String']['output']>;
  /** ZIP code. */
  postalCode?: Maybe<Scalars['String']['output']>;
  /** Two-letter state code. */
  state?: Maybe<Scalars['String']['output']>;
};

/** One allegation in a referral. */
export type Allegation = {
  __typename?: 'Allegation';
  /** Kind of maltreatment alleged. */
  allegationType?: Maybe<AllegationType>;
  /** How the allegation was disposed. */
  disposition?: Maybe<AllegationDisposition>;
};

/** How an allegation was disposed. */
export type AllegationDisposition =
  /** Inconclusive. */
  | 'INCONCLUSIVE'
  /** Investigation still open. */
  | 'PENDING'
  /** Substantiated. */
  | 'SUBSTANTIATED'
  /** Unfounded. */
  | 'UNFOUNDED';

/** Kind of maltreatment alleged. */
export type AllegationType =
  /** Caretaker absence or incapacity. */
  | 'CARETAKER_ABSENCE'
  /** Commercial sexual exploitation (W&IC 300(b)(2)). */
  | 'COMMERCIAL_SEXUAL_EXPLOITATION'
  /** Emotional abuse. */
  | 'EMOTIONAL_ABUSE'
  /** General neglect. */
  | 'GENERAL_NEGLECT'
  /** Physical abuse. */
  | 'PHYSICAL_ABUSE'
  /** Severe neglect. */
  | 'SEVERE_NEGLECT'
  /** Sexual abuse. */
  | 'SEXUAL_ABUSE';

/** A county worker assigned to the youth. */
export type AssignedWorker = {
  __typename?: 'AssignedWorker';
  /** The worker's name. */
  name?: Maybe<Scalars['String']['output']>;
  /** The worker's user id. */
  userId: Scalars['ID']['output'];
};

/** The youth's case plan. */
export type CasePlan = {
  __typename?: 'CasePlan';
  /** The plan's goals, in the worker's words. */
  goals?: Maybe<Array<Scalars['String']['output']>>;
  /** When the plan was last updated. */
  updatedOn?: Maybe<Scalars['Date']['output']>;
};

/** Status of a case. */
export type CaseStatus =
  /** The case is closed. */
  | 'CLOSED'
  /** The case is open. */
  | 'OPEN';

/** A child welfare case. */
export type ChildWelfareCase = {
  __typename?: 'ChildWelfareCase';
  /** Case number. */
  caseNumber: Scalars['ID']['output'];
  /** When the case was closed. */
  closedOn?: Maybe<Scalars['Date']['output']>;
  /** When the case was opened. */
  openedOn?: Maybe<Scalars['Date']['output']>;
  /** The service component the case is in. */
  serviceComponent?: Maybe<ServiceComponent>;
  /** Whether the case is open. */
  status?: Maybe<CaseStatus>;
};

/** A child welfare client: the youth as recorded by the county's child welfare agency. */
export type ChildWelfareClient = {
  __typename?: 'ChildWelfareClient';
  /** The social worker carrying the youth's case. */
  assignedSocialWorker?: Maybe<AssignedWorker>;
  /** Date of birth as recorded by child welfare. */
  birthDate?: Maybe<Scalars['Date']['output']>;
  /** The youth's child welfare case, if one is open or was opened. */
  case?: Maybe<ChildWelfareCase>;
  /** The current case plan. */
  casePlan?: Maybe<CasePlan>;
  /** Child welfare client id. */
  clientId: Scalars['ID']['output'];
  /** Dependency court hearings, newest first. */
  courtHearings?: Maybe<Array<CourtHearing>>;
  /** Where the youth lives now, if in an out-of-home placement. */
  currentPlacement?: Maybe<Placement>;
  /** First name as recorded by child welfare. */
  firstName?: Maybe<Scalars['String']['output']>;
  /** Where the youth was last known to live: the current placement, or the latest one (for a missing youth, the one the youth left). */
  lastKnownPlacement?: Maybe<Placement>;
  /** Last name as recorded by child welfare. */
  lastName?: Maybe<Scalars['String']['output']>;
  /** Every placement, newest first. */
  placements?: Maybe<Array<Placement>>;
  /** Hotline referrals about the youth and their allegations, newest first. The reporter is never shown. */
  referrals?: Maybe<Array<ChildWelfareReferral>>;
};

/** A hotline referral about the youth. */
export type ChildWelfareReferral = {
  __typename?: 'ChildWelfareReferral';
  /** The allegations the referral made and how each was disposed. */
  allegations?: Maybe<Array<Allegation>>;
  /** When the hotline received the referral. */
  receivedOn?: Maybe<Scalars['Date']['output']>;
  /** Referral id. */
  referralId: Scalars['ID']['output'];
};

/** A dependency court hearing. */
export type CourtHearing = {
  __typename?: 'CourtHearing';
  /** Court department. */
  department?: Maybe<Scalars['String']['output']>;
  /** Hearing id. */
  hearingId: Scalars['ID']['output'];
  /** Kind of hearing. */
  hearingType?: Maybe<HearingType>;
  /** Outcome, once heard. */
  outcome?: Maybe<Scalars['String']['output']>;
  /** When the hearing is or was set. */
  scheduledFor?: Maybe<Scalars['DateTime']['output']>;
};

/** Kind of dependency court hearing. */
export type HearingType =
  /** Detention hearing. */
  | 'DETENTION'
  /** Disposition hearing. */
  | 'DISPOSITION'
  /** Jurisdiction hearing. */
  | 'JURISDICTION'
  /** Permanency planning hearing. */
  | 'PERMANENCY_PLANNING'
  /** Six-month review. */
  | 'SIX_MONTH_REVIEW'
  /** Twelve-month review. */
  | 'TWELVE_MONTH_REVIEW';

/** Where the youth lives or lived, in out-of-home care. */
export type Placement = {
  __typename?: 'Placement';
  /** Street address of the placement. */
  address?: Maybe<Address>;
  /** Why the placement ended. */
  endReason?: Maybe<PlacementEndReason>;
  /** When the placement ended; empty while current. */
  endedOn?: Maybe<Scalars['Date']['output']>;
  /** Name of the home, facility or program. */
  facilityName?: Maybe<Scalars['String']['output']>;
  /** Placement id. */
  placementId: Scalars['ID']['output'];
  /** Kind of placement. */
  placementType?: Maybe<PlacementType>;
  /** When the placement began. */
  startedOn?: Maybe<Scalars['Date']['output']>;
};

/** Why a placement ended. */
export type PlacementEndReason =
  /** The youth left without permission (AWOL). */
  | 'AWOL'
  /** Another reason. */
  | 'OTHER'
  /** Moved to another placement. */
  | 'PLACEMENT_CHANGE'
  /** Returned home. */
  | 'REUNIFIED'
  /** Stepped down to a less restrictive setting. */
  | 'STEP_DOWN';

/** Kind of placement. */
export type PlacementType =
  /** Home certified by a foster family agency. */
  | 'FOSTER_FAMILY_AGENCY'
  /** Legal guardian. */
  | 'GUARDIAN'
  /** Home of parent. */
  | 'HOME_OF_PARENT'
  /** Relative or non-relative extended family member. */
  | 'KIN'
  /** Resource family (licensed foster home). */
  | 'RESOURCE_FAMILY'
  /** Short-term residential therapeutic program. */
  | 'STRTP'
  /** Transitional housing. */
  | 'TRANSITIONAL_HOUSING';

/** The child welfare service component the case is in. */
export type ServiceComponent =
  /** Emergency response: investigating a referral. */
  | 'EMERGENCY_RESPONSE'
  /** Family maintenance: services while the youth stays home. */
  | 'FAMILY_MAINTENANCE'
  /** Family reunification: services to return the youth home. */
  | 'FAMILY_REUNIFICATION'
  /** Permanent placement. */
  | 'PERMANENT_PLACEMENT';

/**
 * A youth served by the CSEC program. The program's youth id is the youth's identity across
 * agencies; each agency contributes its own record through its own identifier, linked by the MDT.
 */
export type Youth = {
  __typename?: 'Youth';
  /** The youth's record in the child welfare system of record; empty when child welfare has no record. */
  childWelfare?: Maybe<ChildWelfareClient>;
  /** The youth's client id in the child welfare case management system. */
  childWelfareClientId: Scalars['ID']['output'];
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
    & GraphQLRecursivePick<FederationTypes['Youth'], {"childWelfareClientId":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Address: ResolverTypeWrapper<Address>;
  Allegation: ResolverTypeWrapper<Allegation>;
  AllegationDisposition: AllegationDisposition;
  AllegationType: AllegationType;
  AssignedWorker: ResolverTypeWrapper<AssignedWorker>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CasePlan: ResolverTypeWrapper<CasePlanRow>;
  CaseStatus: CaseStatus;
  ChildWelfareCase: ResolverTypeWrapper<CaseRow>;
  ChildWelfareClient: ResolverTypeWrapper<ClientRow>;
  ChildWelfareReferral: ResolverTypeWrapper<ReferralRow>;
  CourtHearing: ResolverTypeWrapper<CourtHearingRow>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  HearingType: HearingType;
  Placement: ResolverTypeWrapper<PlacementRow>;
  PlacementEndReason: PlacementEndReason;
  PlacementType: PlacementType;
  ServiceComponent: ServiceComponent;
  Youth: ResolverTypeWrapper<Omit<Youth, 'childWelfare'> & { childWelfare?: Maybe<ResolversTypes['ChildWelfareClient']> }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Address: Address;
  Allegation: Allegation;
  AssignedWorker: AssignedWorker;
  ID: Scalars['ID']['output'];
  CasePlan: CasePlanRow;
  ChildWelfareCase: CaseRow;
  ChildWelfareClient: ClientRow;
  ChildWelfareReferral: ReferralRow;
  CourtHearing: CourtHearingRow;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Placement: PlacementRow;
  Youth: Omit<Youth, 'childWelfare'> & { childWelfare?: Maybe<ResolversParentTypes['ChildWelfareClient']> } | FederationReferenceTypes['Youth'];
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
};

export type AgencyIdentifierDirectiveArgs = {
  agency: Scalars['String']['input'];
};

export type AgencyIdentifierDirectiveResolver<Result, Parent, ContextType = ChildWelfareContext, Args = AgencyIdentifierDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ClassifiedDirectiveArgs = {
  category: Scalars['String']['input'];
  confidentiality: Scalars['String']['input'];
  sensitivity?: Maybe<Array<Scalars['String']['input']>>;
};

export type ClassifiedDirectiveResolver<Result, Parent, ContextType = ChildWelfareContext, Args = ClassifiedDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AddressResolvers<ContextType = ChildWelfareContext, ParentType extends ResolversParentTypes['Address'] = ResolversParentTypes['Address']> = {
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  line1?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  line2?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postalCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  state?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AllegationResolvers<ContextType = ChildWelfareContext, ParentType extends ResolversParentTypes['Allegation'] = ResolversParentTypes['Allegation']> = {
  allegationType?: Resolver<Maybe<ResolversTypes['AllegationType']>, ParentType, ContextType>;
  disposition?: Resolver<Maybe<ResolversTypes['AllegationDisposition']>, ParentType, ContextType>;
};

export type AssignedWorkerResolvers<ContextType = ChildWelfareContext, ParentType extends ResolversParentTypes['AssignedWorker'] = ResolversParentTypes['AssignedWorker']> = {
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type CasePlanResolvers<ContextType = ChildWelfareContext, ParentType extends ResolversParentTypes['CasePlan'] = ResolversParentTypes['CasePlan']> = {
  goals?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  updatedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type ChildWelfareCaseResolvers<ContextType = ChildWelfareContext, ParentType extends ResolversParentTypes['ChildWelfareCase'] = ResolversParentTypes['ChildWelfareCase']> = {
  caseNumber?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  closedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  openedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  serviceComponent?: Resolver<Maybe<ResolversTypes['ServiceComponent']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['CaseStatus']>, ParentType, ContextType>;
};

export type ChildWelfareClientResolvers<ContextType = ChildWelfareContext, ParentType extends ResolversParentTypes['ChildWelfareClient'] = ResolversParentTypes['ChildWelfareClient']> = {
  assignedSocialWorker?: Resolver<Maybe<ResolversTypes['AssignedWorker']>, ParentType, ContextType>;
  birthDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  case?: Resolver<Maybe<ResolversTypes['ChildWelfareCase']>, ParentType, ContextType>;
  casePlan?: Resolver<Maybe<ResolversTypes['CasePlan']>, ParentType, ContextType>;
  clientId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  courtHearings?: Resolver<Maybe<Array<ResolversTypes['CourtHearing']>>, ParentType, ContextType>;
  currentPlacement?: Resolver<Maybe<ResolversTypes['Placement']>, ParentType, ContextType>;
  firstName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastKnownPlacement?: Resolver<Maybe<ResolversTypes['Placement']>, ParentType, ContextType>;
  lastName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  placements?: Resolver<Maybe<Array<ResolversTypes['Placement']>>, ParentType, ContextType>;
  referrals?: Resolver<Maybe<Array<ResolversTypes['ChildWelfareReferral']>>, ParentType, ContextType>;
};

export type ChildWelfareReferralResolvers<ContextType = ChildWelfareContext, ParentType extends ResolversParentTypes['ChildWelfareReferral'] = ResolversParentTypes['ChildWelfareReferral']> = {
  allegations?: Resolver<Maybe<Array<ResolversTypes['Allegation']>>, ParentType, ContextType>;
  receivedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  referralId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type CourtHearingResolvers<ContextType = ChildWelfareContext, ParentType extends ResolversParentTypes['CourtHearing'] = ResolversParentTypes['CourtHearing']> = {
  department?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hearingId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  hearingType?: Resolver<Maybe<ResolversTypes['HearingType']>, ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scheduledFor?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type PlacementResolvers<ContextType = ChildWelfareContext, ParentType extends ResolversParentTypes['Placement'] = ResolversParentTypes['Placement']> = {
  address?: Resolver<Maybe<ResolversTypes['Address']>, ParentType, ContextType>;
  endReason?: Resolver<Maybe<ResolversTypes['PlacementEndReason']>, ParentType, ContextType>;
  endedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  facilityName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  placementId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  placementType?: Resolver<Maybe<ResolversTypes['PlacementType']>, ParentType, ContextType>;
  startedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type YouthResolvers<ContextType = ChildWelfareContext, ParentType extends ResolversParentTypes['Youth'] = ResolversParentTypes['Youth'], FederationReferenceType extends FederationReferenceTypes['Youth'] = FederationReferenceTypes['Youth']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Youth']> | FederationReferenceType, FederationReferenceType, ContextType>;
  childWelfare?: Resolver<Maybe<ResolversTypes['ChildWelfareClient']>, ParentType, ContextType>;
  childWelfareClientId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type Resolvers<ContextType = ChildWelfareContext> = {
  Address?: AddressResolvers<ContextType>;
  Allegation?: AllegationResolvers<ContextType>;
  AssignedWorker?: AssignedWorkerResolvers<ContextType>;
  CasePlan?: CasePlanResolvers<ContextType>;
  ChildWelfareCase?: ChildWelfareCaseResolvers<ContextType>;
  ChildWelfareClient?: ChildWelfareClientResolvers<ContextType>;
  ChildWelfareReferral?: ChildWelfareReferralResolvers<ContextType>;
  CourtHearing?: CourtHearingResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Placement?: PlacementResolvers<ContextType>;
  Youth?: YouthResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = ChildWelfareContext> = {
  agencyIdentifier?: AgencyIdentifierDirectiveResolver<any, any, ContextType>;
  classified?: ClassifiedDirectiveResolver<any, any, ContextType>;
};
