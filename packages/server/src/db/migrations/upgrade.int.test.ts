import { randomBytes, randomUUID } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import { Role } from '@pj/shared';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { authenticate, sha256 } from '../../auth/auth.service.js';
import { hashPassword } from '../../auth/password.js';
import { registerPatient } from '../../patients/patient.service.js';
import { Patient } from '../../patients/patient.entity.js';
import { patientInput, serviceContext, testClock } from '../../../../../tests/support/factories.js';
import { migrateDatabase, NewerDatabaseError } from '../migrate-database.js';
import { ormConfig } from '../orm-config.js';
import { migrations } from './index.js';

/**
 * Safe upgrades. A database of the last release (`schema/released.graphql`: its migration
 * list ended with the journey event kinds), holding data, is migrated forward by this version
 * and keeps that data, still usable. And a server refuses a database that a newer version has
 * migrated, naming the migrations it does not know.
 */

/** The last migration of the released version. */
const RELEASED_LAST = 'Migration20261206020000JourneyEventKind';
const released = migrations.slice(0, migrations.findIndex((m) => m.name === RELEASED_LAST) + 1);

function urlOf(database: string): string {
  const url = new URL(inject('adminDatabaseUrl'));
  url.pathname = `/${database}`;
  return url.toString();
}

async function open(database: string, list = migrations): Promise<MikroORM> {
  const config = ormConfig({ url: urlOf(database) });
  return MikroORM.init({ ...config, migrations: { ...config.migrations, migrationsList: list, silent: true } });
}

async function admin(text: string): Promise<void> {
  const orm = await open(new URL(inject('adminDatabaseUrl')).pathname.slice(1));
  try {
    await orm.em.getConnection().execute(text);
  } finally {
    await orm.close(true);
  }
}

describe('upgrading the database', () => {
  const database = `journey_upgrade_${Date.now().toString(36)}`;
  const clock = testClock('2026-06-01T03:00:00.000Z');

  beforeAll(async () => {
    expect(released.length).toBeGreaterThan(0);
    expect(released.length).toBeLessThan(migrations.length);
    await admin(`create database "${database}"`);
  });

  afterAll(async () => {
    await admin(`drop database if exists "${database}" with (force)`);
  });

  it('migrates a released database with data forward; the data is kept and usable', async () => {
    const old = await open(database, released);
    const token = randomBytes(24).toString('base64url');
    let patientId: string;
    try {
      await old.getMigrator().up();
      // A user of the released schema (no language, expiry or last sign-in yet): written in SQL,
      // as this version's entity has columns the released database does not.
      const user = { id: randomUUID() };
      await old.em.getConnection().execute(
        `insert into app_user (id, username, display_name, roles, password_hash, active, created_at) values (?, ?, ?, ?, ?, true, ?)`,
        [user.id, 'before-upgrade', 'Before', `{${Role.CLINICIAN}}`, await hashPassword('a long enough password'), clock()],
      );
      // A patient and its registration event, as the released version wrote them (its journey
      // events had no summary variant or parameters yet).
      patientId = randomUUID();
      await old.em.getConnection().execute(
        `insert into patient (id, mrn, family_name, given_name, family_name_khmer, sex, birth_date, phones, province_code, created_at)
         values (?, '900001-1', 'Upgraded', 'Before', 'អាប់ក្រេដ', 'FEMALE', '1980-01-01', '{}', 21, ?)`,
        [patientId, clock()],
      );
      await old.em.getConnection().execute(
        `insert into journey_event (patient_id, kind, occurred_at, summary, actor) values (?, 'PATIENT_REGISTERED', ?, 'Registered as 900001-1 (Takeo)', 'test')`,
        [patientId, clock()],
      );
      // A session of the released schema (no last_seen_at, no locked_at yet).
      await old.em.getConnection().execute(
        `insert into user_session (id, token_hash, user_id, created_at, expires_at) values (?, ?, ?, ?, ?)`,
        [randomUUID(), sha256(token), user.id, clock(), new Date(clock().getTime() + 8 * 3600_000)],
      );
    } finally {
      await old.close(true);
    }

    const current = await open(database);
    try {
      const applied = await migrateDatabase(current);
      expect(applied).toEqual(migrations.slice(released.length).map((m) => m.name));
      const em = current.em.fork();
      const patient = await em.findOneOrFail(Patient, patientId!);
      expect(patient.familyName).toBe('Upgraded');
      // The session from before the upgrade still signs its user in.
      const [session] = await em.getConnection().execute<{ same: boolean }[]>(`select last_seen_at = created_at as same from user_session`);
      expect(session.same).toBe(true);
      const who = await authenticate(current.em.fork(), { sessionToken: token }, clock());
      expect(who.user?.username).toBe('before-upgrade');
      // And the upgraded database takes new writes.
      await registerPatient(serviceContext(current, clock), patientInput({ familyName: 'AfterUpgrade' }));
      expect(await current.em.fork().count(Patient, {})).toBe(2);
    } finally {
      await current.close(true);
    }
  });

  it('refuses a database migrated by a newer version, naming what it does not know', async () => {
    const orm = await open(database);
    try {
      await orm.em.getConnection().execute(`insert into mikro_orm_migrations (name, executed_at) values ('Migration20991231000000FromTheFuture', now())`);
      const refused = await migrateDatabase(orm).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(NewerDatabaseError);
      expect((refused as Error).message).toMatch(/migrated by a newer version of the server \(migration Migration20991231000000FromTheFuture unknown to this version/);
    } finally {
      await orm.close(true);
    }
  });
});
