import { Connection } from '../graphql/connection.js';
import { Episode } from './episode.entity.js';

/** A page of one patient's episodes of care (Patient.episodesConnection). */
export const EpisodeConnection = Connection('Episode', Episode);
