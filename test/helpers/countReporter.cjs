/** Writes the run's pass/fail counts to LENTERA_TEST_COUNTS (if set), for .ci/run to add up. */
const fs = require('fs')

class CountReporter {
  onRunComplete(_contexts, results) {
    const file = process.env.LENTERA_TEST_COUNTS
    if (!file) return
    const failedSuites = results.numFailedTestSuites - results.testResults.filter((r) => r.numFailingTests > 0).length
    const counts = {
      passed: results.numPassedTests,
      // A suite that failed to load has no failing test of its own; count it so it cannot hide.
      failed: results.numFailedTests + Math.max(0, failedSuites) + (results.numRuntimeErrorTestSuites ?? 0),
      skipped: results.numPendingTests + results.numTodoTests,
    }
    fs.writeFileSync(file, JSON.stringify(counts))
  }
}

module.exports = CountReporter
