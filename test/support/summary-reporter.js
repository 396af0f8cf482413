// Closes every Jest run with the plain line CI reads, "N passed, N failed", and keeps it in
// .jest-summary so that .ci/run can print it last, after anything the global teardown prints.
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    // A suite that cannot even load has no failed tests of its own; count it so the line cannot lie.
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const line = `${results.numPassedTests} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : '');
    writeFileSync(join(__dirname, '../../.jest-summary'), `${line}\n`);
    process.stdout.write(`\n${line}\n`);
  }
}
module.exports = SummaryReporter;
