// Batch runs restart Node once with two V8 flags, read only at start-up.
//
// --single-threaded-gc: each worker thread's heap would otherwise ask V8's
// helper threads to collect garbage in parallel, and with every core busy
// with a worker they only fight the workers for it.
// --interrupt-budget: each thread would otherwise spend its first plans
// optimising and deoptimising functions a plan calls only a few times, on a
// core another thread needs.
// Both are measured to matter for batches (see the performance notes in the
// README); a single plan gains nothing, and the restart costs a Node start,
// so only batches of BATCH_SIZE files or more restart.
//
// The child is this process's to the end: it stays in the same process
// group (a group kill, as CI runners send on a timeout, reaches it), signals
// sent to this process alone are passed on, and it stops when this process
// dies, even of SIGKILL: the IPC channel between the two closes, which the
// child sees as 'disconnect' (see bin/plan.js). An internal V8 flag may go
// away in a later Node, which then refuses to start (exit 9): the run is
// then made without the restart.
import { readdirSync, statSync } from 'node:fs';
import { constants } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FLAG = '--single-threaded-gc';
const FLAGS = [FLAG, '--interrupt-budget=300000'];
/** Node's exit code for an option it does not know: nothing of the command has run. */
export const BAD_OPTION = 9;
/** How long a signal waits for the child to say it had it too (from the terminal, as the whole group does) before it is passed on. */
const SIGNAL_ECHO_MS = 50;
/** Input files from which a restart pays for itself (see above). */
export const BATCH_SIZE = 20;
const BATCH_COMMANDS = new Set(['check', 'build', 'import']);
/** Passed on to the restarted process; Ctrl-C among them. */
const FORWARDED = ['SIGINT', 'SIGTERM', 'SIGHUP'];
/** Options whose value is the next argument, which is then no file name (a test keeps this in step with the CLI). */
export const VALUE_OPTIONS = new Set([
  '--lang',
  '--cache-file',
  '--encoding',
  '--format',
  '-f',
  '--from',
  '--max-warnings',
  '--numbering',
  '--out-dir',
  '--pdf-engine',
  '--shard',
  '--template',
  '--year',
  '--config',
  '-c',
  '--jobs',
  '-j',
  '--output',
  '-o',
  '--port',
]);

function isFolder(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Files under a folder, counted only up to `limit`: a huge archive is not walked twice. */
function countFiles(folder, limit) {
  let count = 0;
  const folders = [folder];
  while (folders.length > 0 && count < limit) {
    const current = folders.pop();
    let entries;
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      if (entry.isDirectory()) folders.push(join(current, entry.name));
      else count += 1;
    }
  }
  return count;
}

/**
 * A guess from the raw arguments, before the command line is parsed: a
 * command that takes files, given a glob (of unknown size), or names and
 * folders holding at least BATCH_SIZE files in all. A wrong guess costs only
 * the restart, or the faster collector.
 */
export function looksLikeBatch(args) {
  const command = args.find((arg) => !arg.startsWith('-') && BATCH_COMMANDS.has(arg));
  if (!command) return false;
  const names = [];
  const rest = args.slice(args.indexOf(command) + 1);
  for (let index = 0; index < rest.length; index += 1) {
    if (VALUE_OPTIONS.has(rest[index])) index += 1;
    else if (!rest[index].startsWith('-')) names.push(rest[index]);
  }
  if (names.some((name) => /[*?[{]/.test(name))) return true;
  let count = 0;
  for (const name of names) {
    count += isFolder(name) ? countFiles(name, BATCH_SIZE - count) : 1;
    if (count >= BATCH_SIZE) return true;
  }
  return false;
}

/** Whether this process should hand the command to a restarted Node. */
export function shouldRelaunch(args) {
  return !process.execArgv.includes(FLAG) && process.env.PLAN_NO_RELAUNCH === undefined && looksLikeBatch(args);
}

/**
 * Runs the command again under Node with FLAGS and resolves to its exit
 * code, or to BAD_OPTION when this Node refuses the flags (the caller then
 * runs the command itself). The child shares this process's group, so a
 * Ctrl-C at the terminal reaches both: a signal is passed on only when the
 * child does not report, over the IPC channel, that it had it already, so it
 * never gets one signal twice (a second Ctrl-C stops it at once).
 * `flags` is for tests of the refusal.
 */
export function relaunch(args, flags = FLAGS) {
  // Loaded here, not imported: a run that does not restart has no use for it.
  const { spawn } = process.getBuiltinModule('node:child_process');
  const child = spawn(process.execPath, [...flags, ...process.execArgv, fileURLToPath(new URL('./plan.js', import.meta.url)), ...args], {
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, PLAN_RELAUNCHED: '1' },
  });
  const echoed = new Set();
  child.on('message', (message) => {
    if (message?.type === 'signal') echoed.add(message.signal);
  });
  const forward = (signal) => {
    setTimeout(() => {
      if (echoed.delete(signal)) return;
      try {
        child.kill(signal);
      } catch {
        // Already gone: its exit ends this process too.
      }
    }, SIGNAL_ECHO_MS);
  };
  for (const signal of FORWARDED) process.on(signal, forward);
  return new Promise((resolve) => {
    child.on('error', (error) => {
      process.stderr.write(`plan: 无法启动 Node（${error.message}） / cannot start Node (${error.message})\n`);
      resolve(2);
    });
    // Killed by a signal: the shell's convention, 128 + its number.
    child.on('exit', (code, signal) => {
      for (const name of FORWARDED) process.off(name, forward);
      resolve(code ?? 128 + (constants.signals[signal] ?? 1));
    });
  });
}

/**
 * In the restarted child (bin/plan.js calls it first): tells the parent of
 * each Ctrl-C it has (SIGTERM and SIGHUP end it at once, so a second copy
 * does no harm), and calls `stop` when the parent is gone. Returns false in
 * any other process.
 */
export function attachToParent(stop) {
  if (process.env.PLAN_RELAUNCHED === undefined || typeof process.send !== 'function') return false;
  // Not passed on to what this process starts (LibreOffice, Chromium).
  delete process.env.PLAN_RELAUNCHED;
  // The channel must not keep the process alive once the command is done.
  process.channel?.unref();
  process.on('disconnect', stop);
  if (!process.connected) queueMicrotask(stop);
  process.prependListener('SIGINT', () => {
    if (process.connected) process.send({ type: 'signal', signal: 'SIGINT' });
  });
  return true;
}
