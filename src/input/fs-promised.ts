/**
 * The few fs calls a single-page run makes, as promises over Node's callback API.
 *
 * Why not node:fs/promises: it costs a cold start some 10 ms of Node's own modules (file
 * handles, their streams and line readers) that a few reads do not need. Why not
 * util.promisify: importing it from node:util as an ES module loads the rest of node:util's
 * exports too (its argument parser, MIME types).
 */
import { close as closeCb, fstat as fstatCb, open as openCb, read as readCb, readdir as readdirCb, readFile as readFileCb, stat as statCb, type Stats } from 'node:fs';

type Path = string | Buffer;

/** Settles a promise from a Node callback `(err, value)`. */
function settle<T>(resolve: (value: T) => void, reject: (err: unknown) => void) {
  return (err: NodeJS.ErrnoException | null, value: T) => (err ? reject(err) : resolve(value));
}

export const stat = (path: Path) => new Promise<Stats>((resolve, reject) => statCb(path, settle(resolve, reject)));
export const readFile = (path: Path) => new Promise<Buffer>((resolve, reject) => readFileCb(path, settle(resolve, reject)));
export const readdir = (path: Path) => new Promise<string[]>((resolve, reject) => readdirCb(path, settle(resolve, reject)));
export const open = (path: Path, flags: string) => new Promise<number>((resolve, reject) => openCb(path, flags, settle(resolve, reject)));
export const fstat = (fd: number) => new Promise<Stats>((resolve, reject) => fstatCb(fd, settle(resolve, reject)));
export const close = (fd: number) => new Promise<void>((resolve, reject) => closeCb(fd, (err) => (err ? reject(err) : resolve())));

/** Reads `length` bytes at `position` into `buffer` from `offset`; resolves to the count read. */
export const read = (fd: number, buffer: Buffer, offset: number, length: number, position: number) =>
  new Promise<number>((resolve, reject) => readCb(fd, buffer, offset, length, position, settle(resolve, reject)));
