#!/usr/bin/env bash
# Runs the main job over the real corpora in ../shared/eval-data as a new user would: METER dev texts,
# ECB+ dev articles and PAN 2013 training texts, each made into one .jsonl, then `stemma analyze` over
# them and `stemma story ID --json` for every story in the store. Prints one line per failure and a
# summary; exits 1 when any command failed (a nonzero exit or a stack trace on stderr).
#   eval/scripts/real-corpus-check.sh [--no-pan] [WORKDIR]
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
data="$root/../shared/eval-data"
pan=1
if [ "${1:-}" = "--no-pan" ]; then pan=0; shift; fi
work="${1:-$(mktemp -d)}"
mkdir -p "$work"
if [ ! -d "$data" ]; then
  echo "skipped: $data is absent (the real corpora are needed)" >&2
  exit 0
fi
python3 - "$data" "$work" "$pan" <<'PY'
import json, os, sys
data, work, pan = sys.argv[1], sys.argv[2], sys.argv[3] == "1"
def texts(folder, pattern_dir):
    for dirpath, _, files in sorted(os.walk(os.path.join(data, folder))):
        if pattern_dir not in dirpath:
            continue
        for name in sorted(files):
            if name.endswith(".txt"):
                path = os.path.join(dirpath, name)
                with open(path, encoding="utf-8", errors="replace") as f:
                    yield os.path.relpath(path, data), f.read()
with open(os.path.join(work, "meter.jsonl"), "w", encoding="utf-8") as out:
    for rel, text in texts("meter-dev", "rawtexts"):
        out.write(json.dumps({"id": rel, "text": text}) + "\n")
with open(os.path.join(work, "ecb.jsonl"), "w", encoding="utf-8") as out, \
        open(os.path.join(data, "ecbplus-dev", "ecbplus_docs.jsonl"), encoding="utf-8") as src:
    for line in src:
        doc = json.loads(line)
        out.write(json.dumps({"id": "ecb/" + doc["doc"], "text": doc["text"]}) + "\n")
if pan:
    with open(os.path.join(work, "pan.jsonl"), "w", encoding="utf-8") as out:
        for sub in ("src", "susp"):
            for rel, text in texts(os.path.join("pan13-train", sub), sub):
                out.write(json.dumps({"id": rel, "text": text}) + "\n")
PY
stemma="${STEMMA:-$root/stemma}"  # STEMMA=path/to/stemma runs another build
failures=0
run() {  # run NAME CMD...: records a failure when the exit is nonzero or stderr holds a stack trace
  local name="$1"; shift
  "$@" >"$work/out.txt" 2>"$work/err.txt"
  local code=$?
  if [ $code -ne 0 ] || grep -qE '^\s+at |Unhandled exception' "$work/err.txt"; then
    failures=$((failures + 1))
    echo "FAIL ($code) $name: $(grep -m1 -E 'Exception|error|rejected|skipped' "$work/err.txt" | cut -c1-200)"
  fi
}
for corpus in meter ecb pan; do
  [ -f "$work/$corpus.jsonl" ] || continue
  db="$work/$corpus.db"
  rm -f "$db" "$db-wal" "$db-shm"
  run "analyze $corpus" "$stemma" analyze "$work/$corpus.jsonl" --db "$db" --json
  stories=$("$stemma" stories --db "$db" --json 2>/dev/null | jq -r '.id' 2>/dev/null)
  count=0
  for id in $stories; do
    count=$((count + 1))
    run "story $id ($corpus)" "$stemma" story "$id" --db "$db" --json
  done
  echo "$corpus: analyze and story --json over $count stories done"
done
echo "$failures failures"
[ $failures -eq 0 ]
