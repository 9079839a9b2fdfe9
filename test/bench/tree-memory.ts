import { spawn, type StdioOptions } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** Resident memory of a process, in KB (0 once it is gone). */
function residentKB(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** The process and all its descendants, from /proc's parent links. */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command name (field 2) may hold spaces; the parent id follows its closing parenthesis.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(parent) ?? [];
      list.push(Number(entry));
      children.set(parent, list);
    } catch {
      // The process ended while the table was read.
    }
  }
  const tree = [root];
  for (let index = 0; index < tree.length; index += 1) tree.push(...(children.get(tree[index] as number) ?? []));
  return tree;
}

export interface TreeRun {
  seconds: number;
  /** The largest sum of resident memory over the whole process tree, sampled every 20 ms; NaN when not sampled. */
  peakMB: number;
  status: number | null;
}

/**
 * Runs a command and measures its wall time, and with `sample` its peak
 * memory. /usr/bin/time reports the largest single process; `plan` runs a
 * batch in a restarted Node under the one it was started as, and pandoc
 * loops are many processes, so the tree's sum is what a machine has to
 * hold. Sampling reads all of /proc every 20 ms, some 4% of a core, which
 * weighs on a command using both cores more than on a one-process loop: a
 * run that is timed for a comparison is not sampled.
 */
export function runWithTreePeak(
  command: string,
  args: readonly string[],
  options: { cwd: string; stdio: StdioOptions; env: NodeJS.ProcessEnv; sample: boolean },
): Promise<TreeRun> {
  const start = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, stdio: options.stdio, env: options.env });
  let peakKB = 0;
  const sample = (): void => {
    if (child.pid === undefined) return;
    peakKB = Math.max(
      peakKB,
      processTree(child.pid).reduce((sum, pid) => sum + residentKB(pid), 0),
    );
  };
  const timer = options.sample ? setInterval(sample, 20) : undefined;
  return new Promise((resolve, reject) => {
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('exit', (code) => {
      clearInterval(timer);
      resolve({ seconds: (performance.now() - start) / 1000, peakMB: options.sample ? peakKB / 1024 : Number.NaN, status: code });
    });
  });
}
