#!/usr/bin/env bash
# Scores the question coach against the labelled council questions (src/test/resources/coach/questions.tsv) and
# writes the result into bench/COACH.md below its "## Latest run" heading. Usage: bash bench/coach.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test -Dtest=QuestionCoachSetTest -Dsurefire.failIfNoSpecifiedTests=false >/dev/null
python3 - <<'PY'
import pathlib, subprocess, datetime
md = pathlib.Path("bench/COACH.md")
text = md.read_text(encoding="utf-8")
head = text.split("## Latest run")[0]
commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
report = pathlib.Path("target/coach-report.md").read_text(encoding="utf-8")
md.write_text(head + "## Latest run\n\n" + f"{datetime.date.today()}, commit {commit}, `bash bench/coach.sh`:\n\n" + report,
              encoding="utf-8")
PY
echo "bench/COACH.md updated"
