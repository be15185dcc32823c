
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "JourneyEvent": [
      "AdmittedEvent",
      "DischargedEvent",
      "PatientRegisteredEvent",
      "ReferralReceivedEvent",
      "ReferralStatusChangedEvent",
      "SurgeryCancelledEvent",
      "SurgeryPerformedEvent",
      "SurgeryScheduledEvent"
    ],
    "Node": [
      "Admission",
      "Bed",
      "Discharge",
      "Episode",
      "Patient",
      "Referral",
      "Surgery",
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
      "ReferralReceivedEvent",
      "ReferralStatusChangedEvent",
      "SurgeryCancelledEvent",
      "SurgeryPerformedEvent",
      "SurgeryScheduledEvent"
    ],
    "Node": [
      "Admission",
      "Bed",
      "Discharge",
      "Episode",
      "Patient",
      "Referral",
      "Surgery",
      "Ward"
    ]
  }
};
      export default result;
    