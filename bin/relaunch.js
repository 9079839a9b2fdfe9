// Batch runs restart Node once with V8's single-threaded garbage collector.
//
// A batch runs a worker thread per processor. Each thread's heap asks V8's
// shared helper threads to collect garbage in parallel, and with every core
// already busy they only fight the workers for it: on two cores, 1,000 plans
// checked in 13.4 s with the default collector and 8.0 s with
// --single-threaded-gc. V8 reads that flag only at start-up (changing it
// later crashes the process), so the command is started again with it.
//
// The restart also raises V8's interrupt budget, the bytecode a function
// runs before V8 considers optimising it. With the default, each thread
// spent its first plans optimising and deoptimising functions that a
// plan calls only a few times, on a core the other thread needs. With a
// budget of 300,000, alternating runs: 100 plans checked in 0.95 s against
// 1.34 s and built in 1.33 s against 1.72 s; 1,000 plans checked in 4.6 s
// against 5.1 s and built in 6.8-7.4 s against 7.4-7.8 s. A million did as
// well on those but checked 1,000 copies of the raw seed (2,000 findings
// each) in 10 s against 6.5 s; 300,000 checks them as fast as the default.
// A single plan is no faster, so only the restart takes it.
//
// The restart costs some tens of milliseconds, which a batch of 20 plans
// wins back (to .docx 793 -> 744 ms, checked 560 -> 535 ms; at 30 plans
// 770 -> 715 and 660 -> 600) and one of 10 does not (the same to .docx,
// 30 ms slower checked). So batches of at least BATCH_SIZE files restart.
import { readdirSync, statSync } from 'node:fs';
import { constants } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FLAG = '--single-threaded-gc';
const FLAGS = [FLAG, '--interrupt-budget=300000'];
/** Input files from which a restart pays for itself (see above). */
export const BATCH_SIZE = 20;
const BATCH_COMMANDS = new Set(['check', 'build', 'import']);
/** Passed on to the restarted process; Ctrl-C among them. */
const FORWARDED = ['SIGINT', 'SIGTERM', 'SIGHUP'];
/** Options whose value is the next argument, which is then no file name (a test keeps this in step with the CLI). */
export const VALUE_OPTIONS = new Set([
  '--lang', '--cache-file', '--encoding', '--format', '-f', '--from', '--max-warnings', '--numbering', '--out-dir',
  '--pdf-engine', '--shard', '--template', '--year', '--config', '-c', '--jobs', '-j', '--output', '-o', '--port',
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
 * code. The child gets its own process group where signals can be
 * forwarded (POSIX), so a Ctrl-C reaches it once, through this process, and
 * it stops as cleanly as when run directly.
 */
export function relaunch(args) {
  const ownGroup = process.platform !== 'win32';
  // Loaded here, not imported: a run that does not restart has no use for it (3 ms).
  const { spawn } = process.getBuiltinModule('node:child_process');
  const child = spawn(process.execPath, [...FLAGS, ...process.execArgv, fileURLToPath(new URL('./plan.js', import.meta.url)), ...args], {
    stdio: 'inherit',
    detached: ownGroup,
  });
  const forward = (signal) => {
    if (ownGroup) child.kill(signal);
  };
  for (const signal of FORWARDED) process.on(signal, forward);
  return new Promise((resolve) => {
    child.on('error', (error) => {
      process.stderr.write(`plan: 无法启动 Node（${error.message}） / cannot start Node (${error.message})\n`);
      resolve(2);
    });
    // Killed by a signal: the shell's convention, 128 + its number.
    child.on('exit', (code, signal) => resolve(code ?? 128 + (constants.signals[signal] ?? 1)));
  });
}
