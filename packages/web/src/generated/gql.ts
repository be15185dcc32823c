/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AuditEntryRow on AuditEntry {\n    id\n    at\n    username\n    action\n    outcome\n    patientId\n    target\n    detail\n    ip\n    userAgent\n  }\n": typeof types.AuditEntryRowFragmentDoc,
    "\n  fragment AuditEntryPage on AuditEntryConnection {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...AuditEntryRow\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n": typeof types.AuditEntryPageFragmentDoc,
    "\n  query AuditLog($filter: AuditLogFilter, $first: Int!, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      ...AuditEntryPage\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query PatientAccessLog($id: ID!, $first: Int!, $after: String) {\n    patient(id: $id) {\n      id\n      accessLog(first: $first, after: $after) {\n        ...AuditEntryPage\n      }\n    }\n  }\n": typeof types.PatientAccessLogDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n": typeof types.MeDocument,
    "\n  fragment SessionUser on User {\n    id\n    username\n    displayName\n    roles\n  }\n": typeof types.SessionUserFragmentDoc,
    "\n  fragment JourneyEventItem on JourneyEvent {\n    __typename\n    id\n    kind\n    occurredAt\n    actor\n    summary\n    episode {\n      id\n      title\n      status\n      specialty\n    }\n    ... on ReferralReceivedEvent {\n      referral {\n        id\n        sourceName\n        sourceType\n        specialty\n        priority\n        urgencyBand\n        dueDate\n        reason\n      }\n    }\n    ... on PatientsMergedEvent {\n      mergedMrn\n    }\n    ... on ReferralStatusChangedEvent {\n      fromStatus\n      toStatus\n      note\n    }\n    ... on SurgeryScheduledEvent {\n      surgery {\n        id\n        procedure\n        theatre\n        scheduledStart\n        expectedDurationMinutes\n        primarySurgeon\n        urgency\n        status\n      }\n    }\n    ... on SurgeryCancelledEvent {\n      note\n      surgery {\n        id\n        procedure\n        theatre\n        scheduledStart\n        cancellationReason\n      }\n    }\n    ... on SurgeryPerformedEvent {\n      surgery {\n        id\n        procedure\n        theatre\n        primarySurgeon\n        startedAt\n        endedAt\n        findings\n      }\n    }\n    ... on AdmittedEvent {\n      admission {\n        id\n        reason\n        status\n        bed {\n          id\n          label\n          ward {\n            id\n            name\n            nameKhmer\n          }\n        }\n      }\n    }\n    ... on DischargedEvent {\n      discharge {\n        id\n        disposition\n        diagnosis\n        condition\n        followUpPlan\n      }\n    }\n  }\n": typeof types.JourneyEventItemFragmentDoc,
    "\n  fragment JourneyTimelineConnection on JourneyEventConnection {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...JourneyEventItem\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n": typeof types.JourneyTimelineConnectionFragmentDoc,
    "\n  fragment PatientHeader on Patient {\n    id\n    mrn\n    familyName\n    givenName\n    familyNameKhmer\n    givenNameKhmer\n    birthDate\n    birthDateEstimated\n    age\n    sex\n    stage\n    province {\n      code\n      name\n      nameKhmer\n    }\n    phones @include(if: $withContact)\n    nationalId @include(if: $withContact)\n    village @include(if: $withContact)\n    commune @include(if: $withContact)\n    district @include(if: $withContact)\n    guardian @include(if: $withContact) {\n      name\n      relation\n      phones\n    }\n  }\n": typeof types.PatientHeaderFragmentDoc,
    "\n  fragment PatientListItem on Patient {\n    id\n    mrn\n    familyName\n    givenName\n    familyNameKhmer\n    givenNameKhmer\n    birthDate\n    birthDateEstimated\n    age\n    sex\n    stage\n    province {\n      code\n      name\n      nameKhmer\n    }\n  }\n": typeof types.PatientListItemFragmentDoc,
    "\n  query PatientPage(\n    $id: ID!\n    $first: Int!\n    $after: String\n    $withContact: Boolean!\n    $withAccessLog: Boolean!\n    $accessLogFirst: Int\n  ) {\n    patient(id: $id) {\n      id\n      ...PatientHeader\n      journey(first: $first, after: $after) {\n        ...JourneyTimelineConnection\n      }\n      accessLog(first: $accessLogFirst) @include(if: $withAccessLog) {\n        ...AuditEntryPage\n      }\n    }\n  }\n": typeof types.PatientPageDocument,
    "\n  query PatientsSearch($search: String, $first: Int!, $after: String) {\n    patients(search: $search, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...PatientListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PatientsSearchDocument,
    "\n  query PossibleDuplicates($input: DuplicateCheckInput!) {\n    possibleDuplicates(input: $input) {\n      score\n      reasons\n      patient {\n        id\n        mrn\n        familyName\n        givenName\n        familyNameKhmer\n        givenNameKhmer\n        age\n        province {\n          code\n          name\n          nameKhmer\n        }\n      }\n    }\n  }\n": typeof types.PossibleDuplicatesDocument,
    "\n  query Provinces {\n    provinces {\n      code\n      name\n      nameKhmer\n    }\n  }\n": typeof types.ProvincesDocument,
    "\n  mutation RegisterPatient($input: RegisterPatientInput!) {\n    registerPatient(input: $input) {\n      id\n      mrn\n    }\n  }\n": typeof types.RegisterPatientDocument,
    "\n  query CaseManagers {\n    caseManagers {\n      id\n      username\n      displayName\n    }\n  }\n": typeof types.CaseManagersDocument,
    "\n  query ReferralDetails($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Referral {\n        ...ReferralRow\n        reason\n        statusHistory {\n          fromStatus\n          toStatus\n          reason\n          changedBy\n          changedAt\n        }\n      }\n    }\n  }\n": typeof types.ReferralDetailsDocument,
    "\n  mutation AssignReferral($input: AssignReferralInput!) {\n    assignReferral(input: $input) {\n      ...ReferralRow\n    }\n  }\n": typeof types.AssignReferralDocument,
    "\n  mutation TransitionReferral($input: TransitionReferralInput!) {\n    transitionReferral(input: $input) {\n      ...ReferralRow\n      reason\n      statusHistory {\n        fromStatus\n        toStatus\n        reason\n        changedBy\n        changedAt\n      }\n    }\n  }\n": typeof types.TransitionReferralDocument,
    "\n  fragment ReferralRow on Referral {\n    id\n    version\n    status\n    priority\n    specialty\n    sourceType\n    sourceName\n    sourceCpaGrade\n    urgencyBand\n    dueDate\n    overdue\n    daysWaiting\n    receivedAt\n    targetMission\n    allowedTransitions\n    assignee {\n      id\n      username\n      displayName\n    }\n    patient {\n      id\n      mrn\n      familyName\n      givenName\n      familyNameKhmer\n      givenNameKhmer\n      age\n    }\n  }\n": typeof types.ReferralRowFragmentDoc,
    "\n  query ReferralWorklist($filter: ReferralFilter, $orderBy: ReferralOrder, $first: Int!, $after: String) {\n    referrals(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      statusCounts {\n        status\n        count\n      }\n      edges {\n        cursor\n        node {\n          ...ReferralRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ReferralWorklistDocument,
};
const documents: Documents = {
    "\n  fragment AuditEntryRow on AuditEntry {\n    id\n    at\n    username\n    action\n    outcome\n    patientId\n    target\n    detail\n    ip\n    userAgent\n  }\n": types.AuditEntryRowFragmentDoc,
    "\n  fragment AuditEntryPage on AuditEntryConnection {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...AuditEntryRow\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n": types.AuditEntryPageFragmentDoc,
    "\n  query AuditLog($filter: AuditLogFilter, $first: Int!, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      ...AuditEntryPage\n    }\n  }\n": types.AuditLogDocument,
    "\n  query PatientAccessLog($id: ID!, $first: Int!, $after: String) {\n    patient(id: $id) {\n      id\n      accessLog(first: $first, after: $after) {\n        ...AuditEntryPage\n      }\n    }\n  }\n": types.PatientAccessLogDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n": types.MeDocument,
    "\n  fragment SessionUser on User {\n    id\n    username\n    displayName\n    roles\n  }\n": types.SessionUserFragmentDoc,
    "\n  fragment JourneyEventItem on JourneyEvent {\n    __typename\n    id\n    kind\n    occurredAt\n    actor\n    summary\n    episode {\n      id\n      title\n      status\n      specialty\n    }\n    ... on ReferralReceivedEvent {\n      referral {\n        id\n        sourceName\n        sourceType\n        specialty\n        priority\n        urgencyBand\n        dueDate\n        reason\n      }\n    }\n    ... on PatientsMergedEvent {\n      mergedMrn\n    }\n    ... on ReferralStatusChangedEvent {\n      fromStatus\n      toStatus\n      note\n    }\n    ... on SurgeryScheduledEvent {\n      surgery {\n        id\n        procedure\n        theatre\n        scheduledStart\n        expectedDurationMinutes\n        primarySurgeon\n        urgency\n        status\n      }\n    }\n    ... on SurgeryCancelledEvent {\n      note\n      surgery {\n        id\n        procedure\n        theatre\n        scheduledStart\n        cancellationReason\n      }\n    }\n    ... on SurgeryPerformedEvent {\n      surgery {\n        id\n        procedure\n        theatre\n        primarySurgeon\n        startedAt\n        endedAt\n        findings\n      }\n    }\n    ... on AdmittedEvent {\n      admission {\n        id\n        reason\n        status\n        bed {\n          id\n          label\n          ward {\n            id\n            name\n            nameKhmer\n          }\n        }\n      }\n    }\n    ... on DischargedEvent {\n      discharge {\n        id\n        disposition\n        diagnosis\n        condition\n        followUpPlan\n      }\n    }\n  }\n": types.JourneyEventItemFragmentDoc,
    "\n  fragment JourneyTimelineConnection on JourneyEventConnection {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...JourneyEventItem\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n": types.JourneyTimelineConnectionFragmentDoc,
    "\n  fragment PatientHeader on Patient {\n    id\n    mrn\n    familyName\n    givenName\n    familyNameKhmer\n    givenNameKhmer\n    birthDate\n    birthDateEstimated\n    age\n    sex\n    stage\n    province {\n      code\n      name\n      nameKhmer\n    }\n    phones @include(if: $withContact)\n    nationalId @include(if: $withContact)\n    village @include(if: $withContact)\n    commune @include(if: $withContact)\n    district @include(if: $withContact)\n    guardian @include(if: $withContact) {\n      name\n      relation\n      phones\n    }\n  }\n": types.PatientHeaderFragmentDoc,
    "\n  fragment PatientListItem on Patient {\n    id\n    mrn\n    familyName\n    givenName\n    familyNameKhmer\n    givenNameKhmer\n    birthDate\n    birthDateEstimated\n    age\n    sex\n    stage\n    province {\n      code\n      name\n      nameKhmer\n    }\n  }\n": types.PatientListItemFragmentDoc,
    "\n  query PatientPage(\n    $id: ID!\n    $first: Int!\n    $after: String\n    $withContact: Boolean!\n    $withAccessLog: Boolean!\n    $accessLogFirst: Int\n  ) {\n    patient(id: $id) {\n      id\n      ...PatientHeader\n      journey(first: $first, after: $after) {\n        ...JourneyTimelineConnection\n      }\n      accessLog(first: $accessLogFirst) @include(if: $withAccessLog) {\n        ...AuditEntryPage\n      }\n    }\n  }\n": types.PatientPageDocument,
    "\n  query PatientsSearch($search: String, $first: Int!, $after: String) {\n    patients(search: $search, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...PatientListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.PatientsSearchDocument,
    "\n  query PossibleDuplicates($input: DuplicateCheckInput!) {\n    possibleDuplicates(input: $input) {\n      score\n      reasons\n      patient {\n        id\n        mrn\n        familyName\n        givenName\n        familyNameKhmer\n        givenNameKhmer\n        age\n        province {\n          code\n          name\n          nameKhmer\n        }\n      }\n    }\n  }\n": types.PossibleDuplicatesDocument,
    "\n  query Provinces {\n    provinces {\n      code\n      name\n      nameKhmer\n    }\n  }\n": types.ProvincesDocument,
    "\n  mutation RegisterPatient($input: RegisterPatientInput!) {\n    registerPatient(input: $input) {\n      id\n      mrn\n    }\n  }\n": types.RegisterPatientDocument,
    "\n  query CaseManagers {\n    caseManagers {\n      id\n      username\n      displayName\n    }\n  }\n": types.CaseManagersDocument,
    "\n  query ReferralDetails($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Referral {\n        ...ReferralRow\n        reason\n        statusHistory {\n          fromStatus\n          toStatus\n          reason\n          changedBy\n          changedAt\n        }\n      }\n    }\n  }\n": types.ReferralDetailsDocument,
    "\n  mutation AssignReferral($input: AssignReferralInput!) {\n    assignReferral(input: $input) {\n      ...ReferralRow\n    }\n  }\n": types.AssignReferralDocument,
    "\n  mutation TransitionReferral($input: TransitionReferralInput!) {\n    transitionReferral(input: $input) {\n      ...ReferralRow\n      reason\n      statusHistory {\n        fromStatus\n        toStatus\n        reason\n        changedBy\n        changedAt\n      }\n    }\n  }\n": types.TransitionReferralDocument,
    "\n  fragment ReferralRow on Referral {\n    id\n    version\n    status\n    priority\n    specialty\n    sourceType\n    sourceName\n    sourceCpaGrade\n    urgencyBand\n    dueDate\n    overdue\n    daysWaiting\n    receivedAt\n    targetMission\n    allowedTransitions\n    assignee {\n      id\n      username\n      displayName\n    }\n    patient {\n      id\n      mrn\n      familyName\n      givenName\n      familyNameKhmer\n      givenNameKhmer\n      age\n    }\n  }\n": types.ReferralRowFragmentDoc,
    "\n  query ReferralWorklist($filter: ReferralFilter, $orderBy: ReferralOrder, $first: Int!, $after: String) {\n    referrals(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      statusCounts {\n        status\n        count\n      }\n      edges {\n        cursor\n        node {\n          ...ReferralRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ReferralWorklistDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditEntryRow on AuditEntry {\n    id\n    at\n    username\n    action\n    outcome\n    patientId\n    target\n    detail\n    ip\n    userAgent\n  }\n"): (typeof documents)["\n  fragment AuditEntryRow on AuditEntry {\n    id\n    at\n    username\n    action\n    outcome\n    patientId\n    target\n    detail\n    ip\n    userAgent\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditEntryPage on AuditEntryConnection {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...AuditEntryRow\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n"): (typeof documents)["\n  fragment AuditEntryPage on AuditEntryConnection {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...AuditEntryRow\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($filter: AuditLogFilter, $first: Int!, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      ...AuditEntryPage\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($filter: AuditLogFilter, $first: Int!, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      ...AuditEntryPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PatientAccessLog($id: ID!, $first: Int!, $after: String) {\n    patient(id: $id) {\n      id\n      accessLog(first: $first, after: $after) {\n        ...AuditEntryPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query PatientAccessLog($id: ID!, $first: Int!, $after: String) {\n    patient(id: $id) {\n      id\n      accessLog(first: $first, after: $after) {\n        ...AuditEntryPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUser on User {\n    id\n    username\n    displayName\n    roles\n  }\n"): (typeof documents)["\n  fragment SessionUser on User {\n    id\n    username\n    displayName\n    roles\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JourneyEventItem on JourneyEvent {\n    __typename\n    id\n    kind\n    occurredAt\n    actor\n    summary\n    episode {\n      id\n      title\n      status\n      specialty\n    }\n    ... on ReferralReceivedEvent {\n      referral {\n        id\n        sourceName\n        sourceType\n        specialty\n        priority\n        urgencyBand\n        dueDate\n        reason\n      }\n    }\n    ... on PatientsMergedEvent {\n      mergedMrn\n    }\n    ... on ReferralStatusChangedEvent {\n      fromStatus\n      toStatus\n      note\n    }\n    ... on SurgeryScheduledEvent {\n      surgery {\n        id\n        procedure\n        theatre\n        scheduledStart\n        expectedDurationMinutes\n        primarySurgeon\n        urgency\n        status\n      }\n    }\n    ... on SurgeryCancelledEvent {\n      note\n      surgery {\n        id\n        procedure\n        theatre\n        scheduledStart\n        cancellationReason\n      }\n    }\n    ... on SurgeryPerformedEvent {\n      surgery {\n        id\n        procedure\n        theatre\n        primarySurgeon\n        startedAt\n        endedAt\n        findings\n      }\n    }\n    ... on AdmittedEvent {\n      admission {\n        id\n        reason\n        status\n        bed {\n          id\n          label\n          ward {\n            id\n            name\n            nameKhmer\n          }\n        }\n      }\n    }\n    ... on DischargedEvent {\n      discharge {\n        id\n        disposition\n        diagnosis\n        condition\n        followUpPlan\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment JourneyEventItem on JourneyEvent {\n    __typename\n    id\n    kind\n    occurredAt\n    actor\n    summary\n    episode {\n      id\n      title\n      status\n      specialty\n    }\n    ... on ReferralReceivedEvent {\n      referral {\n        id\n        sourceName\n        sourceType\n        specialty\n        priority\n        urgencyBand\n        dueDate\n        reason\n      }\n    }\n    ... on PatientsMergedEvent {\n      mergedMrn\n    }\n    ... on ReferralStatusChangedEvent {\n      fromStatus\n      toStatus\n      note\n    }\n    ... on SurgeryScheduledEvent {\n      surgery {\n        id\n        procedure\n        theatre\n        scheduledStart\n        expectedDurationMinutes\n        primarySurgeon\n        urgency\n        status\n      }\n    }\n    ... on SurgeryCancelledEvent {\n      note\n      surgery {\n        id\n        procedure\n        theatre\n        scheduledStart\n        cancellationReason\n      }\n    }\n    ... on SurgeryPerformedEvent {\n      surgery {\n        id\n        procedure\n        theatre\n        primarySurgeon\n        startedAt\n        endedAt\n        findings\n      }\n    }\n    ... on AdmittedEvent {\n      admission {\n        id\n        reason\n        status\n        bed {\n          id\n          label\n          ward {\n            id\n            name\n            nameKhmer\n          }\n        }\n      }\n    }\n    ... on DischargedEvent {\n      discharge {\n        id\n        disposition\n        diagnosis\n        condition\n        followUpPlan\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JourneyTimelineConnection on JourneyEventConnection {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...JourneyEventItem\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n"): (typeof documents)["\n  fragment JourneyTimelineConnection on JourneyEventConnection {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...JourneyEventItem\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PatientHeader on Patient {\n    id\n    mrn\n    familyName\n    givenName\n    familyNameKhmer\n    givenNameKhmer\n    birthDate\n    birthDateEstimated\n    age\n    sex\n    stage\n    province {\n      code\n      name\n      nameKhmer\n    }\n    phones @include(if: $withContact)\n    nationalId @include(if: $withContact)\n    village @include(if: $withContact)\n    commune @include(if: $withContact)\n    district @include(if: $withContact)\n    guardian @include(if: $withContact) {\n      name\n      relation\n      phones\n    }\n  }\n"): (typeof documents)["\n  fragment PatientHeader on Patient {\n    id\n    mrn\n    familyName\n    givenName\n    familyNameKhmer\n    givenNameKhmer\n    birthDate\n    birthDateEstimated\n    age\n    sex\n    stage\n    province {\n      code\n      name\n      nameKhmer\n    }\n    phones @include(if: $withContact)\n    nationalId @include(if: $withContact)\n    village @include(if: $withContact)\n    commune @include(if: $withContact)\n    district @include(if: $withContact)\n    guardian @include(if: $withContact) {\n      name\n      relation\n      phones\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PatientListItem on Patient {\n    id\n    mrn\n    familyName\n    givenName\n    familyNameKhmer\n    givenNameKhmer\n    birthDate\n    birthDateEstimated\n    age\n    sex\n    stage\n    province {\n      code\n      name\n      nameKhmer\n    }\n  }\n"): (typeof documents)["\n  fragment PatientListItem on Patient {\n    id\n    mrn\n    familyName\n    givenName\n    familyNameKhmer\n    givenNameKhmer\n    birthDate\n    birthDateEstimated\n    age\n    sex\n    stage\n    province {\n      code\n      name\n      nameKhmer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PatientPage(\n    $id: ID!\n    $first: Int!\n    $after: String\n    $withContact: Boolean!\n    $withAccessLog: Boolean!\n    $accessLogFirst: Int\n  ) {\n    patient(id: $id) {\n      id\n      ...PatientHeader\n      journey(first: $first, after: $after) {\n        ...JourneyTimelineConnection\n      }\n      accessLog(first: $accessLogFirst) @include(if: $withAccessLog) {\n        ...AuditEntryPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query PatientPage(\n    $id: ID!\n    $first: Int!\n    $after: String\n    $withContact: Boolean!\n    $withAccessLog: Boolean!\n    $accessLogFirst: Int\n  ) {\n    patient(id: $id) {\n      id\n      ...PatientHeader\n      journey(first: $first, after: $after) {\n        ...JourneyTimelineConnection\n      }\n      accessLog(first: $accessLogFirst) @include(if: $withAccessLog) {\n        ...AuditEntryPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PatientsSearch($search: String, $first: Int!, $after: String) {\n    patients(search: $search, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...PatientListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query PatientsSearch($search: String, $first: Int!, $after: String) {\n    patients(search: $search, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...PatientListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PossibleDuplicates($input: DuplicateCheckInput!) {\n    possibleDuplicates(input: $input) {\n      score\n      reasons\n      patient {\n        id\n        mrn\n        familyName\n        givenName\n        familyNameKhmer\n        givenNameKhmer\n        age\n        province {\n          code\n          name\n          nameKhmer\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PossibleDuplicates($input: DuplicateCheckInput!) {\n    possibleDuplicates(input: $input) {\n      score\n      reasons\n      patient {\n        id\n        mrn\n        familyName\n        givenName\n        familyNameKhmer\n        givenNameKhmer\n        age\n        province {\n          code\n          name\n          nameKhmer\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Provinces {\n    provinces {\n      code\n      name\n      nameKhmer\n    }\n  }\n"): (typeof documents)["\n  query Provinces {\n    provinces {\n      code\n      name\n      nameKhmer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterPatient($input: RegisterPatientInput!) {\n    registerPatient(input: $input) {\n      id\n      mrn\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterPatient($input: RegisterPatientInput!) {\n    registerPatient(input: $input) {\n      id\n      mrn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseManagers {\n    caseManagers {\n      id\n      username\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query CaseManagers {\n    caseManagers {\n      id\n      username\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferralDetails($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Referral {\n        ...ReferralRow\n        reason\n        statusHistory {\n          fromStatus\n          toStatus\n          reason\n          changedBy\n          changedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReferralDetails($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Referral {\n        ...ReferralRow\n        reason\n        statusHistory {\n          fromStatus\n          toStatus\n          reason\n          changedBy\n          changedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignReferral($input: AssignReferralInput!) {\n    assignReferral(input: $input) {\n      ...ReferralRow\n    }\n  }\n"): (typeof documents)["\n  mutation AssignReferral($input: AssignReferralInput!) {\n    assignReferral(input: $input) {\n      ...ReferralRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransitionReferral($input: TransitionReferralInput!) {\n    transitionReferral(input: $input) {\n      ...ReferralRow\n      reason\n      statusHistory {\n        fromStatus\n        toStatus\n        reason\n        changedBy\n        changedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TransitionReferral($input: TransitionReferralInput!) {\n    transitionReferral(input: $input) {\n      ...ReferralRow\n      reason\n      statusHistory {\n        fromStatus\n        toStatus\n        reason\n        changedBy\n        changedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReferralRow on Referral {\n    id\n    version\n    status\n    priority\n    specialty\n    sourceType\n    sourceName\n    sourceCpaGrade\n    urgencyBand\n    dueDate\n    overdue\n    daysWaiting\n    receivedAt\n    targetMission\n    allowedTransitions\n    assignee {\n      id\n      username\n      displayName\n    }\n    patient {\n      id\n      mrn\n      familyName\n      givenName\n      familyNameKhmer\n      givenNameKhmer\n      age\n    }\n  }\n"): (typeof documents)["\n  fragment ReferralRow on Referral {\n    id\n    version\n    status\n    priority\n    specialty\n    sourceType\n    sourceName\n    sourceCpaGrade\n    urgencyBand\n    dueDate\n    overdue\n    daysWaiting\n    receivedAt\n    targetMission\n    allowedTransitions\n    assignee {\n      id\n      username\n      displayName\n    }\n    patient {\n      id\n      mrn\n      familyName\n      givenName\n      familyNameKhmer\n      givenNameKhmer\n      age\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferralWorklist($filter: ReferralFilter, $orderBy: ReferralOrder, $first: Int!, $after: String) {\n    referrals(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      statusCounts {\n        status\n        count\n      }\n      edges {\n        cursor\n        node {\n          ...ReferralRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReferralWorklist($filter: ReferralFilter, $orderBy: ReferralOrder, $first: Int!, $after: String) {\n    referrals(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      statusCounts {\n        status\n        count\n      }\n      edges {\n        cursor\n        node {\n          ...ReferralRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;