import { spawn, type ChildProcess } from 'node:child_process';
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

/**
 * A thin client: every check, fix, outline and hover comes from `plan lsp
 * --stdio`, the same engine as `plan check`; the preview is `plan preview`
 * shown in VS Code's Simple Browser beside the editor.
 */

const CONFIG_FILES = '**/{plan.config.json,.planrc,.planrc.json,.planrc.yaml,.planrc.yml,package.json}';

let client: LanguageClient | undefined;
const previews = new Map<string, { process: ChildProcess; url: Promise<string> }>();

function planCommand(): string {
  return vscode.workspace.getConfiguration('plan').get<string>('path') || 'plan';
}

function language(): 'zh' | 'en' {
  const wanted = vscode.workspace.getConfiguration('plan').get<string>('lang') ?? 'auto';
  if (wanted === 'zh' || wanted === 'en') return wanted;
  return vscode.env.language.startsWith('zh') ? 'zh' : 'en';
}

/** `plan` on Windows is `plan.cmd`, which only a shell runs. */
const shell = process.platform === 'win32';

function startClient(context: vscode.ExtensionContext): LanguageClient {
  const command = planCommand();
  const serverOptions: ServerOptions = { command, args: ['lsp', '--stdio'], options: { shell } };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher(CONFIG_FILES) },
    initializationOptions: { lang: language() },
  };
  const created = new LanguageClient('plan', 'gongwen-plan', serverOptions, clientOptions);
  created.start().catch((error: unknown) => {
    void vscode.window.showErrorMessage(
      `gongwen-plan: cannot start "${command} lsp --stdio" (${String((error as Error).message ?? error)}). Install it with "npm install -g gongwen-plan" or set "plan.path".`,
    );
  });
  context.subscriptions.push(created);
  return created;
}

/** Starts `plan preview` for a file once, and resolves to the URL it prints. */
function previewFor(file: string): Promise<string> {
  const running = previews.get(file);
  if (running && running.process.exitCode === null) return running.url;
  const child = spawn(planCommand(), ['preview', file], { shell, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PLAN_LANG: language() } });
  const url = new Promise<string>((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
      if (found) resolve(found[0]);
    });
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(err.trim() || `plan preview exited with ${code}`)));
  });
  previews.set(file, { process: child, url });
  return url;
}

async function showPreview(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (editor?.document.uri.scheme !== 'file') {
    void vscode.window.showWarningMessage('gongwen-plan: save the plan to a file first, then preview it.');
    return;
  }
  await editor.document.save();
  try {
    const url = await previewFor(editor.document.uri.fsPath);
    await vscode.commands.executeCommand('simpleBrowser.api.open', vscode.Uri.parse(url), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true });
  } catch (error) {
    void vscode.window.showErrorMessage(`gongwen-plan: ${String((error as Error).message ?? error)}`);
  }
}

export function activate(context: vscode.ExtensionContext): void {
  client = startClient(context);
  context.subscriptions.push(
    vscode.commands.registerCommand('plan.preview', showPreview),
    vscode.commands.registerCommand('plan.restartServer', async () => {
      await client?.stop();
      client = startClient(context);
    }),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (event.affectsConfiguration('plan.path') || event.affectsConfiguration('plan.lang')) {
        await client?.stop();
        client = startClient(context);
      }
    }),
  );
}

export async function deactivate(): Promise<void> {
  for (const { process: child } of previews.values()) child.kill('SIGINT');
  previews.clear();
  await client?.stop();
}
