
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "JourneyEvent": [
      "AdmittedEvent",
      "ChemoAdministeredEvent",
      "DischargedEvent",
      "OncologyDiagnosedEvent",
      "PatientRegisteredEvent",
      "PatientsMergedEvent",
      "ReferralReceivedEvent",
      "ReferralStatusChangedEvent",
      "SurgeryCancelledEvent",
      "SurgeryPerformedEvent",
      "SurgeryScheduledEvent",
      "TransferredEvent",
      "TreatmentPlanStartedEvent"
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
      "ChemoAdministeredEvent",
      "DischargedEvent",
      "OncologyDiagnosedEvent",
      "PatientRegisteredEvent",
      "PatientsMergedEvent",
      "ReferralReceivedEvent",
      "ReferralStatusChangedEvent",
      "SurgeryCancelledEvent",
      "SurgeryPerformedEvent",
      "SurgeryScheduledEvent",
      "TransferredEvent",
      "TreatmentPlanStartedEvent"
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
    