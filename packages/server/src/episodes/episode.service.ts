import type { EntityManager } from '@mikro-orm/postgresql';
import { EpisodeStatus, type Specialty } from '@pj/shared';
import { badInput, notFound } from '../common/domain-error.js';
import type { Patient } from '../patients/patient.entity.js';
import { Episode } from './episode.entity.js';

/**
 * The episode a new clinical record belongs to: the one named (which must be the patient's
 * and still active), else the patient's most recent active episode, else a new one.
 */
export async function episodeFor(
  em: EntityManager,
  patient: Patient,
  options: { episodeId?: string | null; title: string; specialty: Specialty | null; at: Date },
): Promise<Episode> {
  if (options.episodeId) {
    const episode = await em.findOne(Episode, { id: options.episodeId });
    checkNamedEpisode(episode && { patientId: episode.patient.id, status: episode.status }, options.episodeId, patient.id);
    return episode!;
  }
  const active = await em.findOne(
    Episode,
    { patient, status: EpisodeStatus.ACTIVE },
    { orderBy: { startedAt: 'desc', id: 'desc' } },
  );
  return active ?? newEpisode(em, patient, options);
}

/** An episode the caller named must exist, be the patient's and still be active. */
export function checkNamedEpisode(episode: { patientId: string; status: EpisodeStatus } | null, episodeId: string, patientId: string): void {
  if (!episode) throw notFound('Episode', episodeId);
  if (episode.patientId !== patientId) {
    throw badInput('episodeId', 'The episode belongs to another patient', 'EPISODE_OF_OTHER_PATIENT');
  }
  if (episode.status !== EpisodeStatus.ACTIVE) {
    throw badInput('episodeId', 'The episode is closed', 'EPISODE_CLOSED');
  }
}

/** A new episode; with `persist: false` for a change written in one statement (common/change-statement.ts). */
export function newEpisode(
  em: EntityManager,
  patient: Patient | string,
  options: { title: string; specialty: Specialty | null; at: Date },
  { persist = true }: { persist?: boolean } = {},
): Episode {
  return em.create(
    Episode,
    {
      patient,
      title: options.title,
      specialty: options.specialty,
      startedAt: options.at,
    },
    { persist },
  );
}

export function closeEpisode(episode: Pick<Episode, 'status' | 'endedAt'>, status: EpisodeStatus.FINISHED | EpisodeStatus.CANCELLED, at: Date): void {
  if (episode.status !== EpisodeStatus.ACTIVE) return;
  episode.status = status;
  episode.endedAt = at;
}
