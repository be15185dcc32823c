
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "JourneyEvent": [
      "AdmittedEvent",
      "DischargedEvent",
      "PatientRegisteredEvent",
      "PatientsMergedEvent",
      "ReferralReceivedEvent",
      "ReferralStatusChangedEvent",
      "SurgeryCancelledEvent",
      "SurgeryPerformedEvent",
      "SurgeryScheduledEvent"
    ],
    "Node": [
      "Admission",
      "ApiToken",
      "Bed",
      "Discharge",
      "Episode",
      "Patient",
      "Referral",
      "Surgery",
      "User",
      "Ward"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "JourneyEvent": [
      "AdmittedEvent",
      "DischargedEvent",
      "PatientRegisteredEvent",
      "PatientsMergedEvent",
      "ReferralReceivedEvent",
      "ReferralStatusChangedEvent",
      "SurgeryCancelledEvent",
      "SurgeryPerformedEvent",
      "SurgeryScheduledEvent"
    ],
    "Node": [
      "Admission",
      "ApiToken",
      "Bed",
      "Discharge",
      "Episode",
      "Patient",
      "Referral",
      "Surgery",
      "User",
      "Ward"
    ]
  }
};
      export default result;
    