import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

/**
 * Reads blobs through one long-lived `git cat-file --batch`. The child holds the event loop only
 * while a read is pending, so a finished program exits without closing it by hand.
 */
export function gitBlobReader(repo: string): (objectId: string) => Promise<Buffer | undefined> {
  let child: ChildProcessWithoutNullStreams | undefined;
  let pending: { resolve: (b: Buffer | undefined) => void }[] = [];
  let buffered: Buffer = Buffer.alloc(0);

  const setHeld = (held: boolean) => {
    if (!child) return;
    for (const handle of [child, child.stdout, child.stdin] as unknown as { ref(): void; unref(): void }[]) {
      if (held) handle.ref();
      else handle.unref();
    }
  };

  const drain = () => {
    while (pending.length) {
      const newline = buffered.indexOf(10);
      if (newline === -1) return;
      const header = buffered.subarray(0, newline).toString();
      if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
        buffered = buffered.subarray(newline + 1);
        pending.shift()!.resolve(undefined);
        continue;
      }
      const size = Number(header.split(' ')[2]);
      if (buffered.length < newline + 1 + size + 1) return;
      const body = Buffer.from(buffered.subarray(newline + 1, newline + 1 + size));
      buffered = buffered.subarray(newline + 1 + size + 1);
      pending.shift()!.resolve(body);
    }
    setHeld(false);
  };

  const start = () => {
    child = spawn('git', ['-C', repo, 'cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => {
      buffered = buffered.length ? Buffer.concat([buffered, chunk]) : chunk;
      drain();
    });
    child.on('exit', () => {
      for (const p of pending) p.resolve(undefined);
      pending = [];
      child = undefined;
    });
    return child;
  };

  return (objectId) =>
    new Promise((resolve) => {
      const c = child ?? start();
      pending.push({ resolve });
      setHeld(true);
      c.stdin.write(objectId + '\n');
    });
}
