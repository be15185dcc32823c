import { graphql } from '../../../generated';

/** The steps of the journey map. */
export const JourneyMapFragment = graphql(`
  fragment JourneyMap on Patient {
    journeyMilestones {
      step
      on
      done
      current
      waitDays
      followUpKind
      followUpStatus
      phaseName
    }
  }
`);
