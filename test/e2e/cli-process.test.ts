import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: bin/ is plain JavaScript, outside the compiled sources.
import { cacheFileFor as untypedCacheFileFor, contentId as untypedContentId } from '../../bin/load-bundle.js';
import { PROJECT_DIR } from '../helpers/corpus.js';

const cacheFileFor = untypedCacheFileFor as (id: string, nodeOptions: string, directory: string) => string;
const contentId = untypedContentId as (file: string, bytes: Buffer) => string;

const bin = join(PROJECT_DIR, 'bin/plan.js');
const plan = (args: string[], cwd = PROJECT_DIR) =>
  spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

describe('the plan binary', () => {
  it('prints its version', () => {
    const result = plan(['--version']);
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe(
      JSON.parse(spawnSync('node', ['-p', 'JSON.stringify(require("./package.json").version)'], { cwd: PROJECT_DIR, encoding: 'utf8' }).stdout),
    );
  });

  it('shows the outline of the bundled example', () => {
    const result = plan(['outline', 'examples/2027-科技工作计划.md']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n').slice(0, 4)).toEqual([
      'examples/2027-科技工作计划.md  樊城区科学技术局2027年科技工作计划',
      '   19  一、工作目标',
      '   31  二、工作重点及措施',
      '   33    （一）全面提升企业自主创新能力',
    ]);
  });

  it('exits 2 with a message and no stack trace on bad input', () => {
    const folder = mkdtempSync(join(tmpdir(), 'plan-bin-'));
    writeFileSync(join(folder, 'gbk.md'), Buffer.from([0xd2, 0xbb, 0xa1, 0xa2, 0x0a]));
    const result = plan(['outline', 'gbk.md'], folder);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('plan: 错误：gbk.md 第 1 行不是有效的 UTF-8 文字（可能是 GBK 或 Big5 编码）；请运行 plan import gbk.md 转换为 UTF-8\n');
  });

  it('exits 2 on an unknown command, in English with --lang en', () => {
    const result = plan(['--lang', 'en', 'frobnicate']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("unknown command 'frobnicate'");
  });
});

describe('the start-up code cache', () => {
  const bundle = join(PROJECT_DIR, 'dist/cli-bundle/main.cjs');

  it("is written by the first run into the user's cache folder, accepted by this Node, and left as it is by a run that uses it", () => {
    const cacheHome = mkdtempSync(join(tmpdir(), 'plan-code-cache-'));
    const run = (): number | null =>
      spawnSync(process.execPath, [bin, 'outline', 'examples/2027-科技工作计划.md'], {
        cwd: PROJECT_DIR,
        encoding: 'utf8',
        env: { ...process.env, XDG_CACHE_HOME: cacheHome },
      }).status;
    expect(run()).toBe(0);
    const nodeCompileCache = typeof (Module as { enableCompileCache?: unknown }).enableCompileCache === 'function';
    if (nodeCompileCache) {
      // Node 22.1 and later: Node's own cache, in our folder.
      expect(readdirSync(join(cacheHome, 'gongwen-plan', 'node-compile-cache'))).not.toEqual([]);
    } else {
      const source = readFileSync(bundle);
      const cacheFile = cacheFileFor(contentId(bundle, source), '', join(cacheHome, 'gongwen-plan'));
      const script = new Script(`(function (exports, require, module, __filename, __dirname) { ${source.toString('utf8')}\n})`, {
        filename: bundle,
        cachedData: readFileSync(cacheFile),
      });
      expect(script.cachedDataRejected).toBe(false);
      const before = statSync(cacheFile).mtimeMs;
      expect(run()).toBe(0);
      expect(statSync(cacheFile).mtimeMs).toBe(before);
    }
    rmSync(cacheHome, { recursive: true, force: true });
  });
});

describe('a single build', () => {
  it('leaves alone the Node modules only batches, hashing and other programs need', () => {
    const folder = mkdtempSync(join(tmpdir(), 'plan-modules-'));
    // Node's list of its own modules loaded, written when the process ends.
    const hook = join(folder, 'modules.cjs');
    writeFileSync(hook, "process.on('exit', () => require('node:fs').writeFileSync(process.env.MODULES_OUT, process.moduleLoadList.join('\\n')));");
    writeFileSync(join(folder, 'plan.md'), readFileSync(join(PROJECT_DIR, 'examples/2027-科技工作计划.md')));
    const out = join(folder, 'modules.txt');
    const result = spawnSync(process.execPath, ['-r', hook, bin, 'build', 'plan.md', '--format', 'docx,html'], {
      cwd: folder,
      encoding: 'utf8',
      env: { ...process.env, MODULES_OUT: out },
    });
    expect(result.status).toBe(0);
    const loaded = readFileSync(out, 'utf8').split('\n');
    expect(loaded).toContain('NativeModule zlib');
    expect(loaded).not.toContain('NativeModule crypto');
    expect(loaded).not.toContain('NativeModule worker_threads');
  });
});

describe('the plan binary in a pipeline', () => {
  it('stops quietly when the reader closes the pipe early (| head)', async () => {
    const { spawn } = await import('node:child_process');
    const { readFileSync } = await import('node:fs');
    // Large enough that the output outlives the pipe's buffer.
    const folder = mkdtempSync(join(tmpdir(), 'plan-pipe-'));
    writeFileSync(join(folder, 'big.md'), readFileSync(join(PROJECT_DIR, 'examples/2027-科技工作计划.md'), 'utf8').repeat(40));
    const child = spawn(process.execPath, [bin, 'outline', '--json', 'big.md'], { cwd: folder });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
