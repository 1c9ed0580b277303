/**
 * Runs action.yml's composite steps the way the GitHub Actions runner does: `${{ inputs.* }}`
 * expressions filled from the inputs and their defaults, each step's `run` under
 * `bash --noprofile --norc -eo pipefail`, with the GITHUB_* and RUNNER_* variables and files the
 * runner provides (GITHUB_OUTPUT, GITHUB_PATH, GITHUB_ACTION_PATH, GITHUB_WORKSPACE, RUNNER_TEMP).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { parse } from 'yaml';

interface Step { name: string; id?: string; shell: string; env?: Record<string, string>; run: string }
export interface ActionYml {
  inputs: Record<string, { default?: string; required?: boolean }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
}

export interface ActionRun {
  /** The exit code of the step that failed, or 0. */
  code: number;
  failedStep?: string;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
}

export const readAction = (): ActionYml => parse(readFileSync('action.yml', 'utf8')) as ActionYml;

function expand(value: string, inputs: Record<string, string>, steps: Record<string, Record<string, string>>): string {
  return value.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expr: string) => {
    const input = /^inputs\.([\w-]+)$/.exec(expr);
    if (input) return inputs[input[1]!] ?? '';
    const out = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expr);
    if (out) return steps[out[1]!]?.[out[2]!] ?? '';
    throw new Error(`action.yml uses an expression this runner does not model: ${expr}`);
  });
}

function readKeyValues(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const eq = line.indexOf('=');
    if (eq > 0) out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}

export function runAction(workspace: string, given: Record<string, string>, runnerTemp = mkdtempSync(join(tmpdir(), 'pm-runner-'))): ActionRun {
  const action = readAction();
  const inputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs)) inputs[name] = given[name] ?? spec.default ?? '';
  const steps: Record<string, Record<string, string>> = {};
  const pathFile = join(runnerTemp, 'github_path');
  writeFileSync(pathFile, '');
  let stdout = '';
  let stderr = '';
  for (const step of action.runs.steps) {
    const outputFile = join(runnerTemp, `output-${step.id ?? 'step'}`);
    writeFileSync(outputFile, '');
    const added = readFileSync(pathFile, 'utf8').split('\n').filter(Boolean).reverse();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PATH: [...added, process.env.PATH ?? ''].join(delimiter),
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: workspace,
      GITHUB_ACTION_PATH: resolve('.'),
      GITHUB_OUTPUT: outputFile,
      GITHUB_PATH: pathFile,
      RUNNER_TEMP: runnerTemp,
    };
    for (const [k, v] of Object.entries(step.env ?? {})) env[k] = expand(v, inputs, steps);
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run], { cwd: workspace, env, encoding: 'utf8', timeout: 120000 });
    stdout += r.stdout;
    stderr += r.stderr;
    if (step.id) steps[step.id] = readKeyValues(outputFile);
    if (r.status !== 0) return { code: r.status ?? 1, failedStep: step.name, stdout, stderr, outputs: {} };
  }
  const outputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.outputs)) outputs[name] = expand(spec.value, inputs, steps);
  return { code: 0, stdout, stderr, outputs };
}
