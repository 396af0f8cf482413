import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startService, type ServiceProcess } from '../support/service-process';

const CLI = join(__dirname, '../../bin/ceasefire-watch.js');
const run = promisify(execFile);

async function cli(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], {
      env: { ...process.env, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('the ceasefire-watch command', () => {
  const folder = mkdtempSync(join(tmpdir(), 'cw-cli-'));
  const article = (name: string, text: string) => {
    const path = join(folder, name);
    writeFileSync(path, text);
    return path;
  };
  const attack = article(
    'attack.txt',
    ' date 2025-03-10 Russia launched 40 drones at Ukraine overnight, the Ukrainian air force said.\n\nThe drones hit Odesa.',
  );
  const quiet = article(
    'quiet.txt',
    'date 2025-03-11\nThe two clubs agreed a truce over the transfer dispute.',
  );

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('extracts JSON Lines tagged with each file’s base name, evidence slicing the body exactly', async () => {
    const { code, stdout } = await cli(['extract', attack, quiet]);
    expect(code).toBe(0);
    const events = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(events).toEqual([
      expect.objectContaining({
        article: 'attack.txt',
        type: 'StrikeReported',
        attacker: 'russia',
        target: 'ukraine',
        weapon: 'drone',
        launched: 40,
        occurredOn: '2025-03-10',
      }),
    ]);
    const body =
      'Russia launched 40 drones at Ukraine overnight, the Ukrainian air force said.\n\nThe drones hit Odesa.';
    const { sentence, start, end } = events[0].evidence;
    expect(body.slice(start, end)).toBe(sentence);
  });

  it('extracts a theatre a user added in the gazetteer file, with no code change', async () => {
    const gazetteer = join(folder, 'gazetteer.json');
    writeFileSync(
      gazetteer,
      JSON.stringify({
        parties: {
          freedonia: { name: 'Freedonia', aliases: ['Freedonia', 'Freedonian', 'Fredville'] },
          sylvania: { name: 'Sylvania', aliases: ['Sylvania', 'Sylvanian'], places: ['Port Sylvan'] },
        },
        theatres: [
          { id: 'freedonia-sylvania', name: 'Freedonia–Sylvania war', parties: ['freedonia', 'sylvania'] },
        ],
      }),
    );
    const report = article(
      'freedonia.txt',
      'date 2025-06-02 Freedonia launched 12 drones at Port Sylvan overnight, the Sylvanian army said. ' +
        'Sylvania and Freedonia agreed a ceasefire on Sunday, mediators said.',
    );
    const { code, stdout, stderr } = await cli(['extract', report], { CEASEFIRE_GAZETTEER: gazetteer });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const events = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(events).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          type: 'StrikeReported',
          theatre: 'freedonia-sylvania',
          attacker: 'freedonia',
          target: 'sylvania',
          launched: 12,
        }),
        expect.objectContaining({
          type: 'CeasefireAgreed',
          parties: ['freedonia', 'sylvania'],
          occurredOn: '2025-06-01',
        }),
      ]),
    );
    const { code: refused, stderr: reason } = await cli(['extract', report], {
      CEASEFIRE_GAZETTEER: join(folder, 'none.json'),
    });
    expect(refused).not.toBe(0);
    expect(reason).toContain('CEASEFIRE_GAZETTEER');
  });

  it('reads a hundred files in one call', async () => {
    const files = Array.from({ length: 100 }, (_, index) =>
      article(
        `many-${index}.txt`,
        `date 2025-03-12 Russia launched ${index + 1} drones at Ukraine overnight.`,
      ),
    );
    const { code, stdout } = await cli(['extract', ...files]);
    expect(code).toBe(0);
    expect(
      new Set(
        stdout
          .trim()
          .split('\n')
          .map((line) => JSON.parse(line).article),
      ).size,
    ).toBe(100);
  });

  it.each([
    ['an unreadable file', () => join(folder, 'missing.txt'), 'cannot read'],
    [
      'a file without its date line',
      () => article('undated.txt', 'Talks resumed in Geneva.'),
      'is not an article',
    ],
  ])('fails on %s with a message and no half answer', async (_case, file, message) => {
    const { code, stdout, stderr } = await cli(['extract', attack, file()]);
    expect(code).not.toBe(0);
    expect(stderr).toContain(message);
    expect(stdout).toBe('');
  });

  it('refuses an unknown command with the usage', async () => {
    const { code, stderr } = await cli(['summon']);
    expect(code).toBe(2);
    expect(stderr).toContain('usage: ceasefire-watch');
  });

  describe('ingest', () => {
    let service: ServiceProcess;
    const dataDir = mkdtempSync(join(tmpdir(), 'cw-cli-serve-'));

    beforeAll(async () => {
      service = await startService({ DATA_DIR: dataDir });
    });

    afterAll(async () => {
      await service.kill('SIGTERM');
      rmSync(dataDir, { recursive: true, force: true });
    });

    it('posts files to a running service and says what each became', async () => {
      const first = await cli(['ingest', attack], { CEASEFIRE_URL: service.url });
      expect(first.code).toBe(0);
      expect(first.stdout).toMatch(/attack\.txt\t202\taccepted\t[0-9a-f]{16}/);
      const again = await cli(['ingest', attack], { CEASEFIRE_URL: service.url });
      expect(again.stdout).toMatch(/attack\.txt\t200\tduplicate\t[0-9a-f]{16}/);
    });

    it('reports a refused file and exits non-zero', async () => {
      const undated = article('refused.txt', 'No date here.');
      const { code, stdout, stderr } = await cli(['ingest', undated], { CEASEFIRE_URL: service.url });
      expect(code).toBe(1);
      expect(stdout).toMatch(/refused\.txt\t400\trefused\t.*date/);
      expect(stderr).toContain('1 of 1 articles were refused');
    });
  });
});
