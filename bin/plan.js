#!/usr/bin/env node
// The only place that touches the real process: argv, streams, signals, exit code.
import { fileURLToPath } from 'node:url';
import { loadBundle } from './load-bundle.js';
import { attachToParent, BAD_OPTION, relaunch, shouldRelaunch } from './relaunch.js';

/** After the parent of a restarted run dies, how long the child may take to stop cleanly before it exits anyway. */
const ORPHAN_GRACE_MS = 5000;

const args = process.argv.slice(2);
const code = shouldRelaunch(args) ? await relaunch(args) : BAD_OPTION;
if (code !== BAD_OPTION) process.exitCode = code;
else await run(args);

async function run(args) {
  const bundleFile = fileURLToPath(new URL('../dist/cli-bundle/main.cjs', import.meta.url));
  let bundle;
  try {
    const nodeOptions = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].join(' ');
    bundle = loadBundle(bundleFile, nodeOptions);
    bundle.exports.startWorkersFromBundle({ bundle: bundleFile, loader: new URL('./load-bundle.js', import.meta.url).href, nodeOptions });
  } catch (error) {
    if (error?.code === 'ENOENT' && error.path === bundleFile) {
      process.stderr.write(
        'plan: 尚未编译，请先在项目目录运行 npm install（或 npm run build）\nplan: not built yet; run npm install (or npm run build) in the project folder\n',
      );
      process.exit(2);
    }
    throw error;
  }

  // `plan outline x.md | head` closes the pipe early: that is the reader's choice, not a failure.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }

  const controller = new AbortController();
  let interrupted = false;
  process.on('SIGINT', () => {
    if (interrupted) process.exit(130);
    interrupted = true;
    controller.abort();
  });
  // A restarted run whose parent died (even of SIGKILL) stops as after Ctrl-C: no orphan goes on working.
  attachToParent(() => {
    interrupted = true;
    controller.abort();
    setTimeout(() => process.exit(130), ORPHAN_GRACE_MS).unref();
  });

  const code = await bundle.exports.main(args, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    env: process.env,
    cwd: process.cwd(),
    signal: controller.signal,
    stdin: () => process.stdin,
  });
  process.exitCode = interrupted && code === 0 ? 130 : code;
  bundle.saveCache();
}
