# Times MASS::glm.nb on the synthetic count benchmark written by
#   java -cp ... org.policyreport.analysis.bench.CountBench write target/bench 1000000
# Usage: Rscript bench/count_bench.R target/bench/count_bench.csv
# Prints the read time, the glm.nb fit time (the figure compared with `analyze --timings`),
# theta and the log likelihood (which must agree with the nb2 fit of the Java program).
args <- commandArgs(trailingOnly = TRUE)
path <- if (length(args) > 0) args[1] else "target/bench/count_bench.csv"
suppressPackageStartupMessages(library(MASS))
t_read <- system.time(d <- read.csv(path, colClasses = "numeric"))[["elapsed"]]
f <- y ~ x1 + x2 + x3 + x4 + x5 + x6 + x7 + x8 + x9 + x10
t_fit <- system.time(m <- glm.nb(f, data = d))[["elapsed"]]
cat(sprintf("R %s, MASS %s, n = %d\n", getRversion(), packageVersion("MASS"), nrow(d)))
cat(sprintf("read.csv %.2f s\nglm.nb fit %.2f s\n", t_read, t_fit))
cat(sprintf("theta %.10g  alpha %.10g  logLik %.6f\n", m$theta, 1 / m$theta, as.numeric(logLik(m))))
