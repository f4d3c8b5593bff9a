import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeFolder } from '../../src/sources/make-folder';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'unpress-folder-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('makeFolder', () => {
  it('makes the folder and every missing folder above it; an existing one is fine', () => {
    makeFolder(join(dir, 'a', 'b', 'c'));
    expect(statSync(join(dir, 'a', 'b', 'c')).isDirectory()).toBe(true);
    expect(() => makeFolder(join(dir, 'a', 'b'))).not.toThrow();
  });

  it('throws ENOTDIR when a part of the path is a file, and makes nothing', () => {
    writeFileSync(join(dir, 'file'), 'x');
    expect(() => makeFolder(join(dir, 'file', 'x', 'y'))).toThrow(expect.objectContaining({ code: 'ENOTDIR' }));
    expect(() => makeFolder(join(dir, 'file'))).toThrow(expect.objectContaining({ code: 'ENOTDIR' }));
  });

  it('throws at once under /proc, where mkdir says ENOENT for a parent that exists', () => {
    if (!existsSync('/proc/self')) return;
    expect(() => makeFolder('/proc/unpress-test/x')).toThrow(expect.objectContaining({ code: 'ENOENT' }));
  });
});
