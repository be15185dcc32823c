
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "JourneyEvent": [
      "AdmittedEvent",
      "ChemoAdministeredEvent",
      "ChemoOmittedEvent",
      "DischargedEvent",
      "FollowUpRecordedEvent",
      "FollowUpScheduledEvent",
      "LostToFollowUpEvent",
      "OncologyDiagnosedEvent",
      "PatientRegisteredEvent",
      "PatientsMergedEvent",
      "ReferralReceivedEvent",
      "ReferralStatusChangedEvent",
      "ResponseAssessedEvent",
      "SurgeryCancelledEvent",
      "SurgeryPerformedEvent",
      "SurgeryScheduledEvent",
      "ToxicityRecordedEvent",
      "TransferredEvent",
      "TreatmentCompletedEvent",
      "TreatmentPlanStartedEvent",
      "TreatmentRefusedEvent"
    ],
    "Node": [
      "Admission",
      "ApiToken",
      "Bed",
      "BedStay",
      "ChemoAdministration",
      "Discharge",
      "Episode",
      "FollowUp",
      "OncologyDiagnosis",
      "Patient",
      "Protocol",
      "Referral",
      "ResponseAssessment",
      "Surgery",
      "Toxicity",
      "TreatmentPlan",
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
      "ChemoOmittedEvent",
      "DischargedEvent",
      "FollowUpRecordedEvent",
      "FollowUpScheduledEvent",
      "LostToFollowUpEvent",
      "OncologyDiagnosedEvent",
      "PatientRegisteredEvent",
      "PatientsMergedEvent",
      "ReferralReceivedEvent",
      "ReferralStatusChangedEvent",
      "ResponseAssessedEvent",
      "SurgeryCancelledEvent",
      "SurgeryPerformedEvent",
      "SurgeryScheduledEvent",
      "ToxicityRecordedEvent",
      "TransferredEvent",
      "TreatmentCompletedEvent",
      "TreatmentPlanStartedEvent",
      "TreatmentRefusedEvent"
    ],
    "Node": [
      "Admission",
      "ApiToken",
      "Bed",
      "BedStay",
      "ChemoAdministration",
      "Discharge",
      "Episode",
      "FollowUp",
      "OncologyDiagnosis",
      "Patient",
      "Protocol",
      "Referral",
      "ResponseAssessment",
      "Surgery",
      "Toxicity",
      "TreatmentPlan",
      "User",
      "Ward"
    ]
  }
};
      export default result;
    