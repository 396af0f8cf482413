// Before the integration and e2e tiers: a fresh build of the CLI (process-level tests run it) and a real
// Kafka broker, started with the project's own script unless KAFKA_BROKERS points at one already.
const { execFileSync } = require('node:child_process');
const { existsSync, readdirSync, statSync } = require('node:fs');
const { createConnection } = require('node:net');
const { join } = require('node:path');

const root = join(__dirname, '../..');
const built = join(root, 'dist/apps/cli/main.js');
const DEFAULT_BROKER = '127.0.0.1:9092';

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (/\.(ts|json)$/.test(entry.name) && !entry.name.endsWith('.spec.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function ensureBuild() {
  const sources = Math.max(newestSource(join(root, 'apps')), newestSource(join(root, 'libs')));
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return;
  process.stdout.write('\nbuilding the CLI for the process-level tests (npm run build)\n');
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
}

const answers = (hostPort) =>
  new Promise((resolve) => {
    const [host, port] = hostPort.split(':');
    const socket = createConnection({ host, port: Number(port) });
    socket.setTimeout(1000);
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
  });

// Shared by both tiers' setups: Jest runs every project's global hooks in its parent process.
const state = (global.__ceasefireWatchTestServices ??= { kafkaStartedHere: false, built: false });

module.exports = async () => {
  if (!state.built) {
    ensureBuild();
    state.built = true;
  }
  if (process.env.KAFKA_BROKERS) return;
  if (!(await answers(DEFAULT_BROKER))) {
    process.stdout.write('\nstarting Kafka for the tests (scripts/kafka.sh start)\n');
    execFileSync('bash', [join(root, 'scripts/kafka.sh'), 'start'], { cwd: root, stdio: 'inherit' });
    state.kafkaStartedHere = true;
  }
  process.env.KAFKA_BROKERS = DEFAULT_BROKER;
};
