import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/content-reader';

// The ready-made publishing files (README "Publishing") are only read by GitHub and GitLab, after a push:
// a mistake in them shows up when a municipality publishes for the first time. These checks read them as
// those hosts do and hold them to what the README promises.
const read = (path: string) => readFileSync(join(projectRoot, path), 'utf8');
const readme = read('README.md');
const settingOf = (name: string) => new RegExp(`^\\| ${name} \\| \`([^\`]+)\``, 'm').exec(readme)?.[1];
const buildCommand = settingOf('Build command');
const publishDirectory = settingOf('Publish directory');
const nodeMajor = (version: string) => Number(/(\d+)/.exec(version)?.[1]);

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface GitHubWorkflow {
  on: { push?: { branches?: string[] } };
  permissions: Record<string, string>;
  env?: Record<string, string>;
  jobs: Record<string, { steps: Step[]; needs?: string }>;
}

describe('the README', () => {
  it('names the build command and the folder to publish, and the build command exists', () => {
    expect(buildCommand).toBe('npm run build');
    expect(publishDirectory).toBe('dist');
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.build).toBeTruthy();
  });

  it('asks for a Node version the project supports, as in .nvmrc', () => {
    const engines = (JSON.parse(read('package.json')) as { engines: { node: string } }).engines.node;
    expect(engines).toBe('>=22.12.0');
    expect(nodeMajor(read('.nvmrc'))).toBeGreaterThanOrEqual(22);
  });
});

describe('npm scripts', () => {
  it('set no variables the way only macOS and Linux understand (VAR=value command)', () => {
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
    expect(Object.entries(scripts).filter(([, command]) => /(^|&&\s*|;\s*)[A-Z_][A-Z0-9_]*=\S/.test(command))).toEqual([]);
  });
});

describe('GitHub Pages workflow', () => {
  const workflow = load(read('.github/workflows/deploy-pages.yml')) as GitHubWorkflow;
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
  const action = (name: string) => steps.find((step) => step.uses?.startsWith(`${name}@`));

  it('publishes at every push to main', () => {
    expect(workflow.on.push?.branches).toEqual(['main']);
    expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
  });

  it("runs the README's build command for the chosen content folder, on Node from .nvmrc", () => {
    expect(steps.map((step) => step.run)).toContain(buildCommand);
    expect(workflow.env?.SKC_CONTENT_DIR).toMatch(/'content'/);
    expect(action('actions/setup-node')?.with?.['node-version-file']).toBe('.nvmrc');
  });

  it('uploads the built folder with /.well-known/ in it, and deploys it after the build', () => {
    const upload = action('actions/upload-pages-artifact');
    expect(upload?.with?.path).toBe(publishDirectory);
    // The upload leaves out files and folders that start with a dot unless told otherwise: security.txt.
    expect(upload?.with?.['include-hidden-files']).toBe(true);
    const deployJob = Object.values(workflow.jobs).find((job) => job.steps.some((step) => step.uses?.startsWith('actions/deploy-pages@')));
    expect(deployJob?.needs).toBe('build');
  });
});

describe('GitLab Pages job', () => {
  const ci = load(read('.gitlab-ci.yml')) as {
    variables: Record<string, string>;
    pages: { image: string; script: string[]; pages: { publish: string }; artifacts: { paths: string[] }; rules: { if: string }[] };
  };

  it("runs the README's build command for the chosen content folder, on Node 22 or newer", () => {
    expect(ci.pages.script).toContain(buildCommand);
    expect(ci.variables.SKC_CONTENT_DIR).toBe('content');
    expect(nodeMajor(ci.pages.image)).toBeGreaterThanOrEqual(22);
  });

  it('publishes the built folder, not public/ (our source folder), from the default branch', () => {
    expect(ci.pages.pages.publish).toBe(publishDirectory);
    expect(ci.pages.artifacts.paths).toEqual([publishDirectory]);
    expect(ci.pages.rules.map((rule) => rule.if)).toEqual(['$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH']);
  });
});

describe('Netlify', () => {
  it('gets its security headers from public/_headers, with nothing Netlify-only at the top of the project', () => {
    expect(existsSync(join(projectRoot, 'netlify.toml'))).toBe(false);
    const headers = read('public/_headers');
    expect(headers).toMatch(/^\/\*\n(?: {2}.+\n)*? {2}Content-Security-Policy: frame-ancestors 'none'$/m);
    expect(headers).toMatch(/^ {2}X-Content-Type-Options: nosniff$/m);
  });
});
