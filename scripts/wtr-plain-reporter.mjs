// A @web/test-runner reporter that ends with the plain line CI reads: "N passed, N failed, N skipped".
// Each failed test is also named on a line of its own ("browser test failed: file › suite › test:
// first line of the error"), which scripts/test.mjs gathers into its summary, so a red run says
// which test it was even where only the end of the output is kept.
function count(suite, totals, file, path = []) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else {
      totals.failed += 1;
      const why = String(test.error?.message ?? '')
        .split('\n')[0]
        .slice(0, 200);
      totals.names.push(`${[file, ...path, test.name].join(' › ')}${why ? `: ${why}` : ''}`);
    }
  }
  for (const child of suite?.suites ?? []) count(child, totals, file, [...path, child.name]);
  return totals;
}

/** @returns {import('@web/test-runner').Reporter} */
export function plainSummaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, names: [] };
      for (const session of sessions) {
        const file = session.testFile.replace(`${process.cwd()}/`, '');
        count(session.testResults, totals, file);
        // A file that failed to load, or threw outside a test, has no test results but did fail.
        if (!session.passed && (session.errors?.length ?? 0) > 0) {
          totals.failed += 1;
          const why = String(session.errors[0]?.message ?? '')
            .split('\n')[0]
            .slice(0, 200);
          totals.names.push(`${file}: ${why}`);
        }
      }
      for (const name of totals.names) console.log(`browser test failed: ${name}`);
      console.log(
        `\nbrowser tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`,
      );
    },
  };
}
