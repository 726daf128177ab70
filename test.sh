#!/usr/bin/env bash
# Runs every test project and ends with one summary line: "N passed, N failed, N skipped".
# Tests that need ../shared (the seeds and the labelled corpora) skip with a reason when it is absent.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
dotnet test "$root/Stemma.slnx" --nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
count() { grep -oE "$1: +[0-9]+" "$log" | awk '{ s += $2 } END { print s + 0 }'; }
passed=$(count Passed)
failed=$(count Failed)
skipped=$(count Skipped)
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1  # the build or the runner failed before any test could report
fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
