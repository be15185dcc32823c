import type { EntityManager } from '@mikro-orm/postgresql';

export async function seedDemoHospitalIfEmpty(
  _em: EntityManager,
  _options: { log: (message: string) => void },
): Promise<{ patients: number; events: number } | null> {
  return null;
}
