import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { StudentRow, EnrollmentRow, AttendanceRow } from '../source.ts';
import type { EducationContext } from '../context.ts';
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

/** The person who makes the student's education decisions and consents to the release of education records. */
export type EducationRightsHolder = {
  __typename?: 'EducationRightsHolder';
  /** The education rights holder's name. */
  name?: Maybe<Scalars['String']['output']>;
  /** How the education rights holder is related to the student. */
  relationship?: Maybe<EducationRightsHolderRelationship>;
};

/** How the education rights holder is related to the student. */
export type EducationRightsHolderRelationship =
  /** An adult the juvenile court appointed to hold the student's education rights. */
  | 'COURT_APPOINTED'
  /** A foster parent. */
  | 'FOSTER_PARENT'
  /** A legal guardian. */
  | 'GUARDIAN'
  /** A parent. */
  | 'PARENT'
  /** A relative. */
  | 'RELATIVE'
  /** The student, who holds their own education rights. */
  | 'YOUTH_SELF';

/** A student: the youth as recorded by the county office of education and the school districts. */
export type EducationStudent = {
  __typename?: 'EducationStudent';
  /** Attendance for each school year, newest first. */
  attendance?: Maybe<Array<SchoolYearAttendance>>;
  /** Date of birth as recorded by the schools. */
  birthDate?: Maybe<Scalars['Date']['output']>;
  /** High school credits the student has earned. */
  creditsEarned?: Maybe<Scalars['Float']['output']>;
  /** High school credits the student needs to graduate. */
  creditsRequired?: Maybe<Scalars['Float']['output']>;
  /** The school the student is enrolled in now, and its district; empty when not enrolled anywhere. */
  currentEnrollment?: Maybe<SchoolEnrollment>;
  /** The person who holds the right to make the student's education decisions, as the court or the law assigns it. */
  educationRightsHolder?: Maybe<EducationRightsHolder>;
  /** Every school the student has been enrolled in, newest first. */
  enrollments?: Maybe<Array<SchoolEnrollment>>;
  /** The district's foster youth education liaison for the student (AB 490, Education Code 48853.5). */
  fosterYouthLiaison?: Maybe<FosterYouthLiaison>;
  /** The grade the student is in now, from the current enrollment; empty when not enrolled anywhere. */
  gradeLevel?: Maybe<GradeLevel>;
  /** Whether the student has a Section 504 plan (accommodations for a disability). */
  has504Plan?: Maybe<Scalars['Boolean']['output']>;
  /** Whether the student has an Individualized Education Program (special education, IDEA). */
  hasIep?: Maybe<Scalars['Boolean']['output']>;
  /** Legal first name as enrolled. */
  legalFirstName?: Maybe<Scalars['String']['output']>;
  /** Legal last name as enrolled. */
  legalLastName?: Maybe<Scalars['String']['output']>;
  /** Statewide Student Identifier (SSID). */
  statewideStudentId: Scalars['ID']['output'];
};

/** The district's foster youth education liaison, who helps a foster youth enroll, transfer and keep credits (AB 490). */
export type FosterYouthLiaison = {
  __typename?: 'FosterYouthLiaison';
  /** The liaison's name. */
  name?: Maybe<Scalars['String']['output']>;
  /** The liaison's telephone number. */
  phone?: Maybe<Scalars['String']['output']>;
};

/** A grade level. */
export type GradeLevel =
  /** First grade. */
  | 'GRADE_1'
  /** Second grade. */
  | 'GRADE_2'
  /** Third grade. */
  | 'GRADE_3'
  /** Fourth grade. */
  | 'GRADE_4'
  /** Fifth grade. */
  | 'GRADE_5'
  /** Sixth grade. */
  | 'GRADE_6'
  /** Seventh grade. */
  | 'GRADE_7'
  /** Eighth grade. */
  | 'GRADE_8'
  /** Ninth grade. */
  | 'GRADE_9'
  /** Tenth grade. */
  | 'GRADE_10'
  /** Eleventh grade. */
  | 'GRADE_11'
  /** Twelfth grade. */
  | 'GRADE_12'
  /** Kindergarten. */
  | 'KINDERGARTEN';

/** An enrollment of the student in a school. */
export type SchoolEnrollment = {
  __typename?: 'SchoolEnrollment';
  /** Name of the school district. */
  districtName?: Maybe<Scalars['String']['output']>;
  /** When the student entered the school. */
  enteredOn?: Maybe<Scalars['Date']['output']>;
  /** When the student left the school; empty while still enrolled. */
  exitedOn?: Maybe<Scalars['Date']['output']>;
  /** The grade the student was enrolled in. */
  gradeLevel?: Maybe<GradeLevel>;
  /** Name of the school. */
  schoolName?: Maybe<Scalars['String']['output']>;
};

/** The student's attendance in one school year. */
export type SchoolYearAttendance = {
  __typename?: 'SchoolYearAttendance';
  /** Share of enrolled days the student attended, from 0 to 1; empty when the student was enrolled no days. */
  attendanceRate?: Maybe<Scalars['Float']['output']>;
  /** Days the student was absent while enrolled. */
  daysAbsent?: Maybe<Scalars['Int']['output']>;
  /** Days the student was enrolled during the year. */
  daysEnrolled?: Maybe<Scalars['Int']['output']>;
  /** The school year, for example 2024-25. */
  schoolYear?: Maybe<Scalars['String']['output']>;
};

/**
 * A youth served by the CSEC program. The program's youth id is the youth's identity across
 * agencies; each agency contributes its own record through its own identifier, linked by the MDT.
 */
export type Youth = {
  __typename?: 'Youth';
  /** The youth's student record at the county office of education; empty when the schools have no record. */
  education?: Maybe<EducationStudent>;
  /** The youth's Statewide Student Identifier (SSID), the ten-digit number California schools use. */
  statewideStudentId: Scalars['ID']['output'];
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
    & GraphQLRecursivePick<FederationTypes['Youth'], {"statewideStudentId":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  EducationRightsHolder: ResolverTypeWrapper<EducationRightsHolder>;
  EducationRightsHolderRelationship: EducationRightsHolderRelationship;
  EducationStudent: ResolverTypeWrapper<StudentRow>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  FosterYouthLiaison: ResolverTypeWrapper<FosterYouthLiaison>;
  GradeLevel: GradeLevel;
  SchoolEnrollment: ResolverTypeWrapper<EnrollmentRow>;
  SchoolYearAttendance: ResolverTypeWrapper<AttendanceRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Youth: ResolverTypeWrapper<Omit<Youth, 'education'> & { education?: Maybe<ResolversTypes['EducationStudent']> }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  EducationRightsHolder: EducationRightsHolder;
  EducationStudent: StudentRow;
  Float: Scalars['Float']['output'];
  Boolean: Scalars['Boolean']['output'];
  ID: Scalars['ID']['output'];
  FosterYouthLiaison: FosterYouthLiaison;
  SchoolEnrollment: EnrollmentRow;
  SchoolYearAttendance: AttendanceRow;
  Int: Scalars['Int']['output'];
  Youth: Omit<Youth, 'education'> & { education?: Maybe<ResolversParentTypes['EducationStudent']> } | FederationReferenceTypes['Youth'];
  String: Scalars['String']['output'];
};

export type AgencyIdentifierDirectiveArgs = {
  agency: Scalars['String']['input'];
};

export type AgencyIdentifierDirectiveResolver<Result, Parent, ContextType = EducationContext, Args = AgencyIdentifierDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ClassifiedDirectiveArgs = {
  category: Scalars['String']['input'];
  confidentiality: Scalars['String']['input'];
  sensitivity?: Maybe<Array<Scalars['String']['input']>>;
};

export type ClassifiedDirectiveResolver<Result, Parent, ContextType = EducationContext, Args = ClassifiedDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EducationRightsHolderResolvers<ContextType = EducationContext, ParentType extends ResolversParentTypes['EducationRightsHolder'] = ResolversParentTypes['EducationRightsHolder']> = {
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relationship?: Resolver<Maybe<ResolversTypes['EducationRightsHolderRelationship']>, ParentType, ContextType>;
};

export type EducationStudentResolvers<ContextType = EducationContext, ParentType extends ResolversParentTypes['EducationStudent'] = ResolversParentTypes['EducationStudent']> = {
  attendance?: Resolver<Maybe<Array<ResolversTypes['SchoolYearAttendance']>>, ParentType, ContextType>;
  birthDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  creditsEarned?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  creditsRequired?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  currentEnrollment?: Resolver<Maybe<ResolversTypes['SchoolEnrollment']>, ParentType, ContextType>;
  educationRightsHolder?: Resolver<Maybe<ResolversTypes['EducationRightsHolder']>, ParentType, ContextType>;
  enrollments?: Resolver<Maybe<Array<ResolversTypes['SchoolEnrollment']>>, ParentType, ContextType>;
  fosterYouthLiaison?: Resolver<Maybe<ResolversTypes['FosterYouthLiaison']>, ParentType, ContextType>;
  gradeLevel?: Resolver<Maybe<ResolversTypes['GradeLevel']>, ParentType, ContextType>;
  has504Plan?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  hasIep?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  legalFirstName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  legalLastName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statewideStudentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type FosterYouthLiaisonResolvers<ContextType = EducationContext, ParentType extends ResolversParentTypes['FosterYouthLiaison'] = ResolversParentTypes['FosterYouthLiaison']> = {
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SchoolEnrollmentResolvers<ContextType = EducationContext, ParentType extends ResolversParentTypes['SchoolEnrollment'] = ResolversParentTypes['SchoolEnrollment']> = {
  districtName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  enteredOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  exitedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  gradeLevel?: Resolver<Maybe<ResolversTypes['GradeLevel']>, ParentType, ContextType>;
  schoolName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SchoolYearAttendanceResolvers<ContextType = EducationContext, ParentType extends ResolversParentTypes['SchoolYearAttendance'] = ResolversParentTypes['SchoolYearAttendance']> = {
  attendanceRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  daysAbsent?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  daysEnrolled?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  schoolYear?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type YouthResolvers<ContextType = EducationContext, ParentType extends ResolversParentTypes['Youth'] = ResolversParentTypes['Youth'], FederationReferenceType extends FederationReferenceTypes['Youth'] = FederationReferenceTypes['Youth']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Youth']> | FederationReferenceType, FederationReferenceType, ContextType>;
  education?: Resolver<Maybe<ResolversTypes['EducationStudent']>, ParentType, ContextType>;
  statewideStudentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type Resolvers<ContextType = EducationContext> = {
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  EducationRightsHolder?: EducationRightsHolderResolvers<ContextType>;
  EducationStudent?: EducationStudentResolvers<ContextType>;
  FosterYouthLiaison?: FosterYouthLiaisonResolvers<ContextType>;
  SchoolEnrollment?: SchoolEnrollmentResolvers<ContextType>;
  SchoolYearAttendance?: SchoolYearAttendanceResolvers<ContextType>;
  Youth?: YouthResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = EducationContext> = {
  agencyIdentifier?: AgencyIdentifierDirectiveResolver<any, any, ContextType>;
  classified?: ClassifiedDirectiveResolver<any, any, ContextType>;
};
