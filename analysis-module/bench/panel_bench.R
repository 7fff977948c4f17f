## panel_bench.R -- times R plm random effects (Swamy-Arora) on the CSV written by PanelBench.
## Usage (from analysis-module/): Rscript bench/panel_bench.R [target/panel_bench.csv] [repetitions]
suppressPackageStartupMessages(library(plm))
args <- commandArgs(trailingOnly = TRUE)
csv <- if (length(args) >= 1) args[1] else "target/panel_bench.csv"
reps <- if (length(args) >= 2) as.integer(args[2]) else 3
d <- read.csv(csv)
xs <- grep("^x[0-9]+$", names(d), value = TRUE)
fml <- as.formula(paste("y ~", paste(xs, collapse = " + ")))
pd <- pdata.frame(d, index = c("unit", "period"))
cat(sprintf("data: %d rows, %d units, %d regressors (plm %s, %s)\n", nrow(d), length(unique(d$unit)),
            length(xs), packageVersion("plm"), R.version.string))
best <- Inf
for (i in seq_len(reps)) {
  t <- system.time(fit <- plm(fml, data = pd, model = "random", random.method = "swar"))[["elapsed"]]
  best <- min(best, t)
}
cat(sprintf("plm(model = \"random\") fit time %.3f s (best of %d; pdata.frame built once, not timed)\n", best, reps))
t_pd <- system.time(plm(fml, data = d, index = c("unit", "period"), model = "random"))[["elapsed"]]
cat(sprintf("plm(model = \"random\") incl. building the panel index from a data.frame: %.3f s\n", t_pd))
cat("re coefficients:", paste(sprintf("%s=%.10g", names(coef(fit)), coef(fit)), collapse = " "), "\n")
