import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { JuvenileRow, IntakeReferralRow, PetitionRow, ConditionRow, WarrantRow } from '../source.ts';
import type { ProbationContext } from '../context.ts';
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

/** The deputy probation officer assigned to the youth. */
export type AssignedOfficer = {
  __typename?: 'AssignedOfficer';
  /** The officer's name. */
  name?: Maybe<Scalars['String']['output']>;
  /** The officer's user id. */
  userId: Scalars['ID']['output'];
};

/** A juvenile court petition filed about the youth. */
export type DelinquencyPetition = {
  __typename?: 'DelinquencyPetition';
  /** When the court adjudicated the petition (made its jurisdictional finding); empty until then. */
  adjudicatedOn?: Maybe<Scalars['Date']['output']>;
  /** The charges alleged, as filed, for example PC 459. */
  charges?: Maybe<Array<Scalars['String']['output']>>;
  /** How the court disposed of the petition; empty until disposition. */
  disposition?: Maybe<PetitionDisposition>;
  /** When the petition was filed. */
  filedOn?: Maybe<Scalars['Date']['output']>;
  /** Petition number. */
  petitionNumber: Scalars['ID']['output'];
  /** The W&IC section the petition is filed under. */
  section?: Maybe<PetitionSection>;
};

/** What probation intake decided about a referral. */
export type IntakeOutcome =
  /** Closed at intake with no further action. */
  | 'CLOSED_AT_INTAKE'
  /** Diverted to a community program. */
  | 'DIVERTED'
  /** Informal supervision without a petition (W&IC 654). */
  | 'INFORMAL_SUPERVISION'
  /** Intake has not decided yet. */
  | 'PENDING'
  /** A petition was filed with the juvenile court. */
  | 'PETITION_FILED';

/** How the juvenile court disposed of a petition. */
export type PetitionDisposition =
  /** Deferred entry of judgment (W&IC 790). */
  | 'DEFERRED_ENTRY_OF_JUDGMENT'
  /** The petition was dismissed. */
  | 'DISMISSED'
  /** Informal probation without wardship (W&IC 654.2). */
  | 'INFORMAL_PROBATION_654_2'
  /** Probation without wardship (W&IC 725(a)). */
  | 'NON_WARD_PROBATION_725A'
  /** The youth was declared a ward and placed out of home. */
  | 'PLACEMENT'
  /** The youth was declared a ward and placed on probation. */
  | 'WARDSHIP_PROBATION';

/** The Welfare and Institutions Code section a petition is filed under. */
export type PetitionSection =
  /** W&IC 601: status offense, such as truancy or running away. */
  | 'WIC_601'
  /** W&IC 602: a violation of law. */
  | 'WIC_602';

/** A term or condition of probation. */
export type ProbationCondition = {
  __typename?: 'ProbationCondition';
  /** The term or condition, as the court or probation imposed it. */
  condition?: Maybe<Scalars['String']['output']>;
  /** When it was imposed. */
  imposedOn?: Maybe<Scalars['Date']['output']>;
};

/**
 * A juvenile known to probation: the youth as recorded by the county's juvenile probation
 * department. Sealed (W&IC 781, 786, 786.5) and vacated (PC 236.14) petitions are never shown here
 * and are not counted in anything shown.
 */
export type ProbationJuvenile = {
  __typename?: 'ProbationJuvenile';
  /** Whether the juvenile court has adjudicated any petition shown here (a jurisdictional finding was made). */
  adjudicated?: Maybe<Scalars['Boolean']['output']>;
  /** The deputy probation officer carrying the youth's case. */
  assignedOfficer?: Maybe<AssignedOfficer>;
  /** Date of birth as recorded by probation. */
  birthDate?: Maybe<Scalars['Date']['output']>;
  /** The youth's name as booked by probation: LAST, FIRST MIDDLE. */
  bookedName?: Maybe<Scalars['String']['output']>;
  /** Terms and conditions of probation the youth must follow, newest first. */
  conditions?: Maybe<Array<ProbationCondition>>;
  /** Juvenile court petitions filed about the youth, with their dispositions, newest first. */
  petitions?: Maybe<Array<DelinquencyPetition>>;
  /** Probation number. */
  probationNumber: Scalars['ID']['output'];
  /** Referrals to probation intake about the youth, newest first. */
  referrals?: Maybe<Array<ProbationReferral>>;
  /** Juvenile court warrants for the youth, newest first. */
  warrants?: Maybe<Array<Warrant>>;
};

/** A referral to probation intake about the youth (W&IC 652, 653.5). */
export type ProbationReferral = {
  __typename?: 'ProbationReferral';
  /** The offense as referred, for example PC 459. */
  offense?: Maybe<Scalars['String']['output']>;
  /** What intake decided. */
  outcome?: Maybe<IntakeOutcome>;
  /** When probation received the referral. */
  receivedOn?: Maybe<Scalars['Date']['output']>;
  /** Referral number. */
  referralNumber: Scalars['ID']['output'];
  /** Who referred the youth. */
  source?: Maybe<ProbationReferralSource>;
};

/** Who referred the youth to probation. */
export type ProbationReferralSource =
  /** The child welfare agency. */
  | 'CHILD_WELFARE'
  /** A law enforcement agency, after an arrest or citation. */
  | 'LAW_ENFORCEMENT'
  /** Someone else. */
  | 'OTHER'
  /** A parent or guardian. */
  | 'PARENT'
  /** A school. */
  | 'SCHOOL';

/** A juvenile court warrant for the youth. */
export type Warrant = {
  __typename?: 'Warrant';
  /** When the warrant was issued. */
  issuedOn?: Maybe<Scalars['Date']['output']>;
  /** Whether the warrant is active, recalled or served. */
  status?: Maybe<WarrantStatus>;
  /** Warrant number. */
  warrantNumber: Scalars['ID']['output'];
};

/** Where a warrant stands. */
export type WarrantStatus =
  /** The warrant is outstanding. */
  | 'ACTIVE'
  /** The court recalled the warrant. */
  | 'RECALLED'
  /** The warrant was served. */
  | 'SERVED';

/**
 * A youth served by the CSEC program. The program's youth id is the youth's identity across
 * agencies; each agency contributes its own record through its own identifier, linked by the MDT.
 */
export type Youth = {
  __typename?: 'Youth';
  /** The youth's record in the juvenile probation system; empty when probation has no record. */
  probation?: Maybe<ProbationJuvenile>;
  /** The youth's probation number in the juvenile probation case management system. */
  probationNumber: Scalars['ID']['output'];
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
    & GraphQLRecursivePick<FederationTypes['Youth'], {"probationNumber":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AssignedOfficer: ResolverTypeWrapper<AssignedOfficer>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DelinquencyPetition: ResolverTypeWrapper<PetitionRow>;
  IntakeOutcome: IntakeOutcome;
  PetitionDisposition: PetitionDisposition;
  PetitionSection: PetitionSection;
  ProbationCondition: ResolverTypeWrapper<ConditionRow>;
  ProbationJuvenile: ResolverTypeWrapper<JuvenileRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ProbationReferral: ResolverTypeWrapper<IntakeReferralRow>;
  ProbationReferralSource: ProbationReferralSource;
  Warrant: ResolverTypeWrapper<WarrantRow>;
  WarrantStatus: WarrantStatus;
  Youth: ResolverTypeWrapper<Omit<Youth, 'probation'> & { probation?: Maybe<ResolversTypes['ProbationJuvenile']> }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AssignedOfficer: AssignedOfficer;
  ID: Scalars['ID']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DelinquencyPetition: PetitionRow;
  ProbationCondition: ConditionRow;
  ProbationJuvenile: JuvenileRow;
  Boolean: Scalars['Boolean']['output'];
  ProbationReferral: IntakeReferralRow;
  Warrant: WarrantRow;
  Youth: Omit<Youth, 'probation'> & { probation?: Maybe<ResolversParentTypes['ProbationJuvenile']> } | FederationReferenceTypes['Youth'];
  String: Scalars['String']['output'];
};

export type AgencyIdentifierDirectiveArgs = {
  agency: Scalars['String']['input'];
};

export type AgencyIdentifierDirectiveResolver<Result, Parent, ContextType = ProbationContext, Args = AgencyIdentifierDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ClassifiedDirectiveArgs = {
  category: Scalars['String']['input'];
  confidentiality: Scalars['String']['input'];
  sensitivity?: Maybe<Array<Scalars['String']['input']>>;
};

export type ClassifiedDirectiveResolver<Result, Parent, ContextType = ProbationContext, Args = ClassifiedDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AssignedOfficerResolvers<ContextType = ProbationContext, ParentType extends ResolversParentTypes['AssignedOfficer'] = ResolversParentTypes['AssignedOfficer']> = {
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DelinquencyPetitionResolvers<ContextType = ProbationContext, ParentType extends ResolversParentTypes['DelinquencyPetition'] = ResolversParentTypes['DelinquencyPetition']> = {
  adjudicatedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  charges?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  disposition?: Resolver<Maybe<ResolversTypes['PetitionDisposition']>, ParentType, ContextType>;
  filedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  petitionNumber?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  section?: Resolver<Maybe<ResolversTypes['PetitionSection']>, ParentType, ContextType>;
};

export type ProbationConditionResolvers<ContextType = ProbationContext, ParentType extends ResolversParentTypes['ProbationCondition'] = ResolversParentTypes['ProbationCondition']> = {
  condition?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  imposedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type ProbationJuvenileResolvers<ContextType = ProbationContext, ParentType extends ResolversParentTypes['ProbationJuvenile'] = ResolversParentTypes['ProbationJuvenile']> = {
  adjudicated?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  assignedOfficer?: Resolver<Maybe<ResolversTypes['AssignedOfficer']>, ParentType, ContextType>;
  birthDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  bookedName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  conditions?: Resolver<Maybe<Array<ResolversTypes['ProbationCondition']>>, ParentType, ContextType>;
  petitions?: Resolver<Maybe<Array<ResolversTypes['DelinquencyPetition']>>, ParentType, ContextType>;
  probationNumber?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  referrals?: Resolver<Maybe<Array<ResolversTypes['ProbationReferral']>>, ParentType, ContextType>;
  warrants?: Resolver<Maybe<Array<ResolversTypes['Warrant']>>, ParentType, ContextType>;
};

export type ProbationReferralResolvers<ContextType = ProbationContext, ParentType extends ResolversParentTypes['ProbationReferral'] = ResolversParentTypes['ProbationReferral']> = {
  offense?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['IntakeOutcome']>, ParentType, ContextType>;
  receivedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  referralNumber?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['ProbationReferralSource']>, ParentType, ContextType>;
};

export type WarrantResolvers<ContextType = ProbationContext, ParentType extends ResolversParentTypes['Warrant'] = ResolversParentTypes['Warrant']> = {
  issuedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['WarrantStatus']>, ParentType, ContextType>;
  warrantNumber?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type YouthResolvers<ContextType = ProbationContext, ParentType extends ResolversParentTypes['Youth'] = ResolversParentTypes['Youth'], FederationReferenceType extends FederationReferenceTypes['Youth'] = FederationReferenceTypes['Youth']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Youth']> | FederationReferenceType, FederationReferenceType, ContextType>;
  probation?: Resolver<Maybe<ResolversTypes['ProbationJuvenile']>, ParentType, ContextType>;
  probationNumber?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type Resolvers<ContextType = ProbationContext> = {
  AssignedOfficer?: AssignedOfficerResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DelinquencyPetition?: DelinquencyPetitionResolvers<ContextType>;
  ProbationCondition?: ProbationConditionResolvers<ContextType>;
  ProbationJuvenile?: ProbationJuvenileResolvers<ContextType>;
  ProbationReferral?: ProbationReferralResolvers<ContextType>;
  Warrant?: WarrantResolvers<ContextType>;
  Youth?: YouthResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = ProbationContext> = {
  agencyIdentifier?: AgencyIdentifierDirectiveResolver<any, any, ContextType>;
  classified?: ClassifiedDirectiveResolver<any, any, ContextType>;
};
