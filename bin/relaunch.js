// Batch runs restart Node once with V8's single-threaded garbage collector.
//
// A batch runs a worker thread per processor. Each thread's heap asks V8's
// shared helper threads to collect garbage in parallel, and with every core
// already busy they only fight the workers for it: on two cores, 1,000 plans
// checked in 13.4 s with the default collector and 8.0 s with
// --single-threaded-gc. V8 reads that flag only at start-up (changing it
// later crashes the process), so the command is started again with it. One
// Node start (about 40 ms) is nothing next to a batch, and too much for a
// single plan, which therefore runs as it is.
import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { constants } from 'node:os';
import { fileURLToPath } from 'node:url';

const FLAG = '--single-threaded-gc';
const BATCH_COMMANDS = new Set(['check', 'build', 'import']);
/** Passed on to the restarted process; Ctrl-C among them. */
const FORWARDED = ['SIGINT', 'SIGTERM', 'SIGHUP'];
/** Options whose value is the next argument, which is then no file name (a test keeps this in step with the CLI). */
export const VALUE_OPTIONS = new Set([
  '--lang', '--cache-file', '--encoding', '--format', '-f', '--from', '--max-warnings', '--numbering', '--out-dir',
  '--pdf-engine', '--shard', '--template', '--year', '--config', '-c', '--jobs', '-j', '--output', '-o',
]);

function isFolder(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * A guess from the raw arguments, before the command line is parsed: a
 * command that takes files, given several names, a folder or a glob. A
 * wrong guess costs only the restart, or the faster collector.
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
  return names.length > 1 || names.some((name) => /[*?[{]/.test(name) || isFolder(name));
}

/** Whether this process should hand the command to a restarted Node. */
export function shouldRelaunch(args) {
  return !process.execArgv.includes(FLAG) && process.env.PLAN_NO_RELAUNCH === undefined && looksLikeBatch(args);
}

/**
 * Runs the command again under `node --single-threaded-gc` and resolves to
 * its exit code. The child gets its own process group where signals can be
 * forwarded (POSIX), so a Ctrl-C reaches it once, through this process, and
 * it stops as cleanly as when run directly.
 */
export function relaunch(args) {
  const ownGroup = process.platform !== 'win32';
  const child = spawn(process.execPath, [FLAG, ...process.execArgv, fileURLToPath(new URL('./plan.js', import.meta.url)), ...args], {
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
