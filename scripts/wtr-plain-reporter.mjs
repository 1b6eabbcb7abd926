// A @web/test-runner reporter that ends with the plain line CI reads: "N passed, N failed, N skipped".
function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
  return totals;
}

/** @returns {import('@web/test-runner').Reporter} */
export function plainSummaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        count(session.testResults, totals);
        // A file that failed to load, or threw outside a test, has no test results but did fail.
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.failed += 1;
      }
      console.log(
        `\nbrowser tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`,
      );
    },
  };
}
