/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** FHIR request priority. */
export type ReferralPriority =
  | 'ASAP'
  | 'ROUTINE'
  | 'STAT'
  | 'URGENT';

/** Where a referral is in its workflow. */
export type ReferralStatus =
  | 'ACCEPTED'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'DECLINED'
  | 'RECEIVED'
  | 'SCHEDULED'
  | 'TRIAGED'
  | 'WAITLISTED';

/** Clinical specialty. */
export type Specialty =
  | 'BREAST_SURGERY'
  | 'ENT'
  | 'GENERAL_SURGERY'
  | 'OBSTETRICS_GYNAECOLOGY'
  | 'PAEDIATRIC_ONCOLOGY'
  | 'PAEDIATRIC_SURGERY'
  | 'PLASTIC_SURGERY'
  | 'UROLOGY';

export type OverdueReferralsQueryVariables = Exact<{
  first: number;
}>;


export type OverdueReferralsQuery = { referrals: { totalCount: number, edges: Array<{ node: { id: string, status: ReferralStatus, specialty: Specialty, priority: ReferralPriority, dueDate: string | null, daysWaiting: number } }> } };


export const OverdueReferralsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverdueReferrals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"overdue"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysWaiting"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OverdueReferralsQuery, OverdueReferralsQueryVariables>;