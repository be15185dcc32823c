import { GraphQLError } from 'graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { describe, expect, it } from 'vitest';
import { LocalDate } from './scalars.js';

describe('LocalDate', () => {
  it('is the graphql-scalars type by name, description and input checks', () => {
    expect(LocalDate.name).toBe(LocalDateResolver.name);
    expect(LocalDate.description).toBe(LocalDateResolver.description);
    expect(LocalDate.parseValue('2026-02-28')).toBe('2026-02-28');
    // Input is checked in full: a day that does not exist is refused.
    expect(() => LocalDate.parseValue('2026-02-30')).toThrow(GraphQLError);
  });

  it('serializes a day string as it is and refuses what is not one', () => {
    expect(LocalDate.serialize('2026-12-07')).toBe('2026-12-07');
    expect(() => LocalDate.serialize('07/12/2026')).toThrow(GraphQLError);
    expect(() => LocalDate.serialize(new Date('2026-12-07T00:00:00Z'))).toThrow(GraphQLError);
    expect(() => LocalDate.serialize(null)).toThrow(GraphQLError);
  });
});
