#!/bin/sh
# Runs the panel benchmark: the Java fits (PanelBench, test sources) and then R plm on the same CSV.
# Usage, from the repository root: sh analysis-module/bench/panel_bench.sh
set -e
cd "$(dirname "$0")/.."
../mvnw -q -o test-compile
../mvnw -q -o dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.policyreport.analysis.bench.PanelBench target/panel_bench.csv 5
if command -v Rscript >/dev/null 2>&1; then
  Rscript bench/panel_bench.R target/panel_bench.csv 3
else
  echo "Rscript not found: skipping the R plm comparison"
fi
