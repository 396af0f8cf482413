// Stops the Kafka broker only when this test run started it.
const { execFileSync } = require('node:child_process');
const { join } = require('node:path');

module.exports = async () => {
  const state = global.__ceasefireWatchTestServices;
  if (!state?.kafkaStartedHere) return;
  state.kafkaStartedHere = false;
  execFileSync('bash', [join(__dirname, '../../scripts/kafka.sh'), 'stop'], { stdio: 'inherit' });
};
