import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

function isCalendarDate(value: string): boolean {
  if (!DATE_PATTERN.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}

/** `Date`: a calendar date, YYYY-MM-DD, with no time zone: birth dates, hearing dates. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD.',
  serialize(value) {
    if (typeof value === 'string' && isCalendarDate(value)) return value;
    throw new GraphQLError('A Date value from the source is not a YYYY-MM-DD date.');
  },
  parseValue(value) {
    if (typeof value === 'string' && isCalendarDate(value)) return value;
    throw new GraphQLError('Expected a date written as YYYY-MM-DD.');
  },
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING && isCalendarDate(ast.value)) return ast.value;
    throw new GraphQLError('Expected a date written as YYYY-MM-DD.');
  },
});

/** `DateTime`: an instant, ISO 8601 with offset. */
export const DateTimeScalar = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  description: 'A date and time with offset, ISO 8601.',
  serialize(value) {
    const parsed = new Date(String(value));
    if (Number.isNaN(parsed.getTime())) throw new GraphQLError('A DateTime value from the source is not a date and time.');
    return parsed.toISOString();
  },
  parseValue(value) {
    const parsed = typeof value === 'string' ? new Date(value) : new Date(Number.NaN);
    if (Number.isNaN(parsed.getTime())) throw new GraphQLError('Expected an ISO 8601 date and time.');
    return parsed.toISOString();
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING || Number.isNaN(new Date(ast.value).getTime())) {
      throw new GraphQLError('Expected an ISO 8601 date and time.');
    }
    return new Date(ast.value).toISOString();
  },
});
