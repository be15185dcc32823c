import { graphql } from '../../../generated';

/** The patient being booked, with the referrals an operation could answer. */
export const BookingPatientQuery = graphql(`
  query BookingPatient($id: ID!) {
    patient(id: $id) {
      ...SurgeryPatientName
      stage
      referralsConnection(first: 20) {
        edges {
          node {
            id
            status
            specialty
            reason
          }
        }
      }
    }
  }
`);

/** Theatres and the staff who can be on a team (local and visiting). */
export const BookingOptionsQuery = graphql(`
  query BookingOptions {
    theatres {
      id
      name
    }
    staffMembersConnection(first: 100) {
      edges {
        node {
          id
          name
          role
          visiting
        }
      }
    }
  }
`);

export const TheatreFreeSlotsQuery = graphql(`
  query TheatreFreeSlots($theatreId: ID!, $from: DateTime!, $durationMinutes: Int!, $staffIds: [ID!], $patientId: ID, $emergency: Boolean) {
    theatreFreeSlots(theatreId: $theatreId, from: $from, durationMinutes: $durationMinutes, staffIds: $staffIds, patientId: $patientId, emergency: $emergency, first: 6) {
      start
      end
      freeUntil
    }
  }
`);

export const ScheduleSurgeryMutation = graphql(`
  mutation ScheduleSurgery($input: ScheduleSurgeryInput!) {
    scheduleSurgery(input: $input) {
      id
      status
      urgency
      scheduledStart
    }
  }
`);
