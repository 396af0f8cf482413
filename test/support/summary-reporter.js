// Ends every Jest run with the plain line CI reads: "N passed, N failed" (and skipped when any).
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const failedSuites = results.numRuntimeErrorTestSuites;
    // A suite that cannot even load has no failed tests of its own; count it so the line cannot lie.
    const failed = results.numFailedTests + failedSuites;
    const line = `${results.numPassedTests} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : '');
    process.stdout.write(`\n${line}\n`);
  }
}
module.exports = SummaryReporter;
