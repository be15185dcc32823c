import { mkdir, open, readdir, lstat } from 'node:fs/promises';
import { isAbsolute, join, normalize, sep } from 'node:path';

/**
 * The files of a backup as one stream (before compression and encryption): a sequence of
 * entries, each a type byte, a 2-byte path length and the path (relative, `/`-separated), then
 * for a file its content as chunks (4-byte length + bytes) ended by a 0 length; `E` ends it.
 * Files are read while PostgreSQL writes them (that is what the backup API allows: replaying
 * the write-ahead log repairs them), so a file's length is only known at its end.
 */

const DIR = 0x44; // D
const FILE = 0x46; // F
const END = 0x45; // E
const CHUNK = 256 * 1024;

export interface BundleEntry {
  /** Relative path, `/`-separated. */
  path: string;
  kind: 'dir' | 'file';
  /** Absolute path to read a file from. */
  source?: string;
  /** Or the file's content itself. */
  content?: Buffer;
}

function header(type: number, path: string): Buffer {
  const name = Buffer.from(path, 'utf8');
  const head = Buffer.alloc(3);
  head[0] = type;
  head.writeUInt16BE(name.length, 1);
  return Buffer.concat([head, name]);
}

function length(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n, 0);
  return b;
}

/** The bundle of these entries; a file that is gone by the time it is read is left out. */
export async function* bundle(entries: AsyncIterable<BundleEntry> | Iterable<BundleEntry>, counter?: { files: number; bytes: number }): AsyncGenerator<Buffer> {
  for await (const entry of entries) {
    if (entry.kind === 'dir') {
      yield header(DIR, entry.path);
      continue;
    }
    if (entry.content) {
      yield header(FILE, entry.path);
      if (entry.content.length) yield Buffer.concat([length(entry.content.length), entry.content]);
      yield length(0);
      if (counter) {
        counter.files++;
        counter.bytes += entry.content.length;
      }
      continue;
    }
    let handle;
    try {
      handle = await open(entry.source!, 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue; // dropped meanwhile (a temporary table)
      throw error;
    }
    try {
      yield header(FILE, entry.path);
      const buffer = Buffer.alloc(CHUNK);
      for (;;) {
        const { bytesRead } = await handle.read(buffer, 0, CHUNK, null);
        if (bytesRead === 0) break;
        yield Buffer.concat([length(bytesRead), buffer.subarray(0, bytesRead)]);
        if (counter) counter.bytes += bytesRead;
      }
      yield length(0);
      if (counter) counter.files++;
    } finally {
      await handle.close();
    }
  }
  yield Buffer.from([END]);
}

/** Every directory and file under `root` (directories first), minus what `skip` says. */
export async function* walk(root: string, skip: (path: string, isDir: boolean) => 'skip' | 'empty' | 'keep', base = ''): AsyncGenerator<BundleEntry> {
  let names: string[];
  try {
    names = (await readdir(join(root, base))).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  for (const name of names) {
    const path = base ? `${base}/${name}` : name;
    let stats;
    try {
      stats = await lstat(join(root, path));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    const isDir = stats.isDirectory();
    const decision = skip(path, isDir);
    if (decision === 'skip') continue;
    if (isDir) {
      yield { path, kind: 'dir' };
      if (decision === 'keep') yield* walk(root, skip, path);
    } else if (stats.isFile()) {
      yield { path, kind: 'file', source: join(root, path) };
    }
  }
}

class ByteReader {
  private parts: Buffer[] = [];
  private size = 0;
  constructor(private readonly source: AsyncIterator<Buffer>) {}

  async take(n: number): Promise<Buffer> {
    while (this.size < n) {
      const next = await this.source.next();
      if (next.done) throw new Error('The backup ends early (the file is cut short)');
      this.parts.push(next.value);
      this.size += next.value.length;
    }
    const all = this.parts.length === 1 ? this.parts[0] : Buffer.concat(this.parts, this.size);
    const rest = all.subarray(n);
    this.parts = rest.length ? [rest] : [];
    this.size = rest.length;
    return all.subarray(0, n);
  }
}

function safePath(root: string, path: string): string {
  const normal = normalize(path);
  if (!path || isAbsolute(path) || normal.split(sep).includes('..')) throw new Error(`The backup holds an unsafe path: ${path}`);
  return join(root, normal);
}

/** Writes a bundle's files under `root`; resolves with how many files and bytes it wrote. */
export async function unbundle(source: AsyncIterable<Buffer>, root: string): Promise<{ files: number; bytes: number }> {
  const reader = new ByteReader(source[Symbol.asyncIterator]());
  const written = { files: 0, bytes: 0 };
  await mkdir(root, { recursive: true, mode: 0o700 });
  for (;;) {
    const [type] = await reader.take(1);
    if (type === END) return written;
    const pathLength = (await reader.take(2)).readUInt16BE(0);
    const path = (await reader.take(pathLength)).toString('utf8');
    const target = safePath(root, path);
    if (type === DIR) {
      await mkdir(target, { recursive: true, mode: 0o700 });
      continue;
    }
    if (type !== FILE) throw new Error('The backup is damaged (unknown entry)');
    const handle = await open(target, 'w', 0o600);
    try {
      for (;;) {
        const n = (await reader.take(4)).readUInt32BE(0);
        if (n === 0) break;
        const data = await reader.take(n);
        await handle.write(data);
        written.bytes += n;
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    written.files++;
  }
}
