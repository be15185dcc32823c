
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "JourneyEvent": [
      "AdmittedEvent",
      "ChecklistPhaseRecordedEvent",
      "ChemoAdministeredEvent",
      "ComplicationRecordedEvent",
      "DischargedEvent",
      "MissionAssignedEvent",
      "MissionUnassignedEvent",
      "OncologyDiagnosedEvent",
      "PatientRegisteredEvent",
      "PatientsMergedEvent",
      "ReferralReceivedEvent",
      "ReferralStatusChangedEvent",
      "SurgeryCancelledEvent",
      "SurgeryPerformedEvent",
      "SurgeryRescheduledEvent",
      "SurgeryScheduledEvent",
      "TransferredEvent",
      "TreatmentPlanStartedEvent"
    ],
    "Node": [
      "Admission",
      "ApiToken",
      "Bed",
      "Complication",
      "Discharge",
      "Episode",
      "Mission",
      "Patient",
      "Referral",
      "StaffMember",
      "Surgery",
      "Theatre",
      "User",
      "Ward"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "JourneyEvent": [
      "AdmittedEvent",
      "ChecklistPhaseRecordedEvent",
      "ChemoAdministeredEvent",
      "ComplicationRecordedEvent",
      "DischargedEvent",
      "MissionAssignedEvent",
      "MissionUnassignedEvent",
      "OncologyDiagnosedEvent",
      "PatientRegisteredEvent",
      "PatientsMergedEvent",
      "ReferralReceivedEvent",
      "ReferralStatusChangedEvent",
      "SurgeryCancelledEvent",
      "SurgeryPerformedEvent",
      "SurgeryRescheduledEvent",
      "SurgeryScheduledEvent",
      "TransferredEvent",
      "TreatmentPlanStartedEvent"
    ],
    "Node": [
      "Admission",
      "ApiToken",
      "Bed",
      "Complication",
      "Discharge",
      "Episode",
      "Mission",
      "Patient",
      "Referral",
      "StaffMember",
      "Surgery",
      "Theatre",
      "User",
      "Ward"
    ]
  }
};
      export default result;
    