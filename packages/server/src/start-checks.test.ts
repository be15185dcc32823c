import { describe, expect, it } from 'vitest';
import {
  canEnter,
  closedDataMessage,
  closedProgramsMessage,
  connectionMessage,
  dataVersionMessage,
  directoriesTo,
  firstClosedDirectory,
  majorVersion,
  portMessage,
  type DirectoryMode,
} from './start-checks.js';

const POSTGRES = { uid: 101, gids: [104, 103] };
const root = (mode: number): DirectoryMode => ({ mode: 0o40000 | mode, uid: 0, gid: 0 });

describe('whether the postgres user can enter a directory', () => {
  it('follows the class it falls in: owner, then group, then everyone — only that class counts', () => {
    expect(canEnter(root(0o755), POSTGRES)).toBe(true);
    expect(canEnter(root(0o700), POSTGRES)).toBe(false);
    expect(canEnter(root(0o750), POSTGRES)).toBe(false);
    expect(canEnter({ mode: 0o750, uid: 0, gid: 104 }, POSTGRES)).toBe(true);
    expect(canEnter({ mode: 0o700, uid: 101, gid: 104 }, POSTGRES)).toBe(true);
    // The owner's class has no x bit: everyone's does not help the owner.
    expect(canEnter({ mode: 0o605, uid: 101, gid: 0 }, POSTGRES)).toBe(false);
    // A group without x keeps its members out even when everyone else may enter.
    expect(canEnter({ mode: 0o705, uid: 0, gid: 103 }, POSTGRES)).toBe(false);
    // The sticky bit of /tmp changes nothing.
    expect(canEnter(root(0o1777), POSTGRES)).toBe(true);
  });

  it('lists the directories from the root down', () => {
    expect(directoriesTo('/root/clone/.data')).toEqual(['/', '/root', '/root/clone', '/root/clone/.data']);
    expect(directoriesTo('/')).toEqual(['/']);
  });

  it('finds the first closed directory on the way, and stops at one that does not exist yet', () => {
    const modes: Record<string, DirectoryMode> = { '/': root(0o755), '/root': root(0o700), '/root/clone': root(0o755), '/srv': root(0o755) };
    const lookup = (directory: string) => modes[directory] ?? null;
    expect(firstClosedDirectory('/root/clone/node_modules', POSTGRES, lookup)).toBe('/root');
    expect(firstClosedDirectory('/srv/journey/.data', POSTGRES, lookup)).toBeNull();
    expect(firstClosedDirectory('/srv', POSTGRES, lookup)).toBeNull();
  });
});

describe('the sentences a refused start prints', () => {
  it('for PostgreSQL programs or data out of reach: where, its mode, and what to do', () => {
    expect(closedProgramsMessage('/root', 0o40700)).toBe(
      'Started as root, the server runs PostgreSQL as the unprivileged OS user "postgres", which cannot enter /root (mode 0700) to reach PostgreSQL\'s programs: ' +
        'put the repository in a folder every user can enter (for example under /opt or /srv, not in /root), or start the server as an ordinary user',
    );
    expect(closedDataMessage('/root', 0o40750, '/root/journey-data', 'DATA_DIR', '/var/lib/journey')).toBe(
      'Started as root, the server runs PostgreSQL as the unprivileged OS user "postgres", which cannot enter /root (mode 0750) to reach its data in /root/journey-data: ' +
        'set DATA_DIR to a folder every user can enter (for example /var/lib/journey), or start the server as an ordinary user',
    );
    expect(closedDataMessage('/home/me', 0o700, '/home/me/tmp/x', 'TMPDIR')).toMatch(/: set TMPDIR to a folder every user can enter, or start/);
  });

  it('reads major versions old and new', () => {
    expect(majorVersion('16\n')).toBe('16');
    expect(majorVersion('9.6')).toBe('9.6');
    expect(majorVersion('postgres (PostgreSQL) 18.1')).toBe('18');
    expect(majorVersion('postgres (PostgreSQL) 18beta1')).toBe('18');
    expect(majorVersion('nonsense')).toBeNull();
  });

  it('for data from another major version: none when it matches, else both versions and DATA_DIR', () => {
    expect(dataVersionMessage('18\n', '18', '/srv/data', 'DATA_DIR')).toBeNull();
    expect(dataVersionMessage('16\n', '18', '/srv/data', 'DATA_DIR')).toBe(
      "The database in DATA_DIR (/srv/data) was created by PostgreSQL 16, which this server's PostgreSQL 18 cannot open: " +
        'set DATA_DIR to an empty folder for a new database, or upgrade that data to PostgreSQL 18 with pg_upgrade first',
    );
    expect(dataVersionMessage('9.6\n', '18', '/srv/data', 'DATA_DIR')).toMatch(/created by PostgreSQL 9\.6,/);
    expect(dataVersionMessage('garbage', '18', '/srv/data', 'DATA_DIR')).toMatch(/is not a PostgreSQL data folder \(its PG_VERSION reads "garbage"\)/);
  });

  it('for a port: in use, or reserved to administrators; nothing for other errors', () => {
    expect(portMessage('EADDRINUSE', 4000, 'PORT', 'the server')).toBe(
      'Port 4000, where the server listens, is already in use (by another program, or this server already running): set PORT to a free port, or stop the other program',
    );
    expect(portMessage('EACCES', 80, 'PORT', 'the server')).toBe('Port 80, where the server listens, needs administrator rights: set PORT to a port from 1024 up');
    expect(portMessage('EADDRNOTAVAIL', 4000, 'PORT', 'the server')).toBeNull();
  });

  it('for a database URL: by the failure, naming the setting and never the password', () => {
    const url = 'postgresql://app:s3cret@db.example:6432/journey';
    const failure = (code: string, message = 'failed') => Object.assign(new Error(message), { code });
    const messages = {
      refused: connectionMessage(failure('ECONNREFUSED'), url, 'DATABASE_URL'),
      unknownHost: connectionMessage(failure('ENOTFOUND'), url, 'DATABASE_URL'),
      silent: connectionMessage(failure('TIMEOUT'), url, 'DATABASE_URL'),
      password: connectionMessage(failure('28P01', 'password authentication failed for user "app"'), url, 'DATABASE_URL'),
      noDatabase: connectionMessage(failure('3D000'), url, 'TEST_DATABASE_URL'),
      other: connectionMessage(failure('XX000', 'the server said no'), url, 'DATABASE_URL'),
    };
    expect(messages).toEqual({
      refused:
        'Nothing answers at db.example:6432, the PostgreSQL server in DATABASE_URL: start that server, or correct the host and port in DATABASE_URL (or leave DATABASE_URL empty to use the embedded PostgreSQL)',
      unknownHost: 'The host "db.example" in DATABASE_URL is not known: correct the host in DATABASE_URL (or leave DATABASE_URL empty to use the embedded PostgreSQL)',
      silent:
        'The PostgreSQL server in DATABASE_URL (db.example:6432) does not answer: check that it runs and that the network lets this machine reach it, or correct DATABASE_URL (or leave DATABASE_URL empty to use the embedded PostgreSQL)',
      password: 'The PostgreSQL server at db.example:6432 refused the user "app" of DATABASE_URL: correct the user name and password in DATABASE_URL',
      noDatabase: 'The database "journey" in TEST_DATABASE_URL does not exist on db.example:6432: create it (createdb), or correct the database name in TEST_DATABASE_URL',
      other:
        'Cannot connect to the PostgreSQL server in DATABASE_URL (db.example:6432): the server said no; correct DATABASE_URL (or leave DATABASE_URL empty to use the embedded PostgreSQL)',
    });
    for (const message of Object.values(messages)) expect(message).not.toContain('s3cret');
    expect(connectionMessage(failure('ECONNREFUSED'), 'not a url', 'DATABASE_URL')).toBe(
      'DATABASE_URL is not a PostgreSQL URL: write it as postgresql://user:password@host:port/database',
    );
    expect(connectionMessage(failure('ECONNREFUSED'), 'mysql://a@b/c', 'DATABASE_URL')).toMatch(/^DATABASE_URL is not a PostgreSQL URL/);
  });
});
