import type { ExtractResource, Patient, Reference, ResourceType } from '@medplum/fhirtypes';
import type { GraphQLContext } from '../graphql/context.js';

/** What every mapper needs: who asks (for the field rules) and the patient the resources are about. */
export interface MappingContext {
  access: Pick<GraphQLContext, 'user' | 'authProblem'>;
  /** `Patient/<MRN>`: the subject of every resource of the journey. */
  patient: Reference<Patient>;
}

/** A reference to a resource of the same bundle, `Type/id` (resolved against the entries' fullUrl). */
export function ref<K extends ResourceType>(type: K, id: string): Reference<ExtractResource<K>> {
  return { reference: `${type}/${id}` };
}

/** An instant as FHIR writes it (ISO 8601 with its zone: UTC). */
export const instant = (at: Date): string => at.toISOString();
