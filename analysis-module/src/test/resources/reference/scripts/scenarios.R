## scenarios.R -- references for what-if scenarios (issue 17): predicted outcomes per panel unit
## before and after changing regressors, differences and percent changes with delta-method
## standard errors and 95 % intervals.
## Run from analysis-module/src/test/resources/reference:  Rscript scripts/scenarios.R
## Reads airquality.csv and grunfeld.csv (already here); writes scenarios_expected.json
## (R 4.2.2, MASS 7.3-58.2, plm 2.6.2).
##
## Conventions (the Java code must follow them):
## * the change applies in one row per unit: the unit's row in the given period, or (no period)
##   its latest period among the rows the model uses (listwise deletion first);
## * count models: mu = exp(x'b), gradient mu x; normal intervals;
## * pooled OLS: x'b, t intervals with the residual df; the levels are checked against
##   predict(lm, se.fit = TRUE);
## * FE (plm within): a_i + x'b with a_i = fixef(model) = ybar_i - xbar_i'b (Stata predict, xbu),
##   gradient x - xbar_i; t intervals with the residual df (N - n - k);
## * diff = after - before, gradient g_after - g_before; pct = 100 (after / before - 1), gradient
##   100 (g_after / before - after g_before / before^2); se = sqrt(g' V g);
## * total: counts summed over the units, linear outcomes averaged (unweighted).
suppressPackageStartupMessages({ library(plm); library(MASS); library(jsonlite) })
options(digits = 15)

## One scenario from the model matrices of the chosen rows before (X0) and after (X1).
scenario <- function(id, units, periods, X0, X1, b, V, link, crit, total, effects = NULL,
                     Xbar = NULL) {
  pred <- function(X) {
    if (link == "log") {
      mu <- as.vector(exp(X %*% b))
      list(v = mu, G = X * mu)
    } else if (is.null(effects)) {
      list(v = as.vector(X %*% b), G = X)
    } else {
      list(v = as.vector(effects + X %*% b), G = X - Xbar)
    }
  }
  p0 <- pred(X0); p1 <- pred(X1)
  row <- function(b0, b1, g0, g1, unit = NULL, period = NULL) {
    gd <- g1 - g0
    gp <- 100 * (g1 / b0 - b1 * g0 / b0^2)
    d <- b1 - b0; ds <- sqrt(drop(t(gd) %*% V %*% gd))
    pc <- 100 * (b1 / b0 - 1); ps <- sqrt(drop(t(gp) %*% V %*% gp))
    r <- list(before = b0, after = b1, diff = d, diffSe = ds, diffCiLow = d - crit * ds,
              diffCiHigh = d + crit * ds, pct = pc, pctSe = ps, pctCiLow = pc - crit * ps,
              pctCiHigh = pc + crit * ps)
    if (!is.null(unit)) r <- c(list(unit = unit, period = period), r)
    r
  }
  rows <- lapply(seq_along(units), function(i)
    row(p0$v[i], p1$v[i], p0$G[i, ], p1$G[i, ], as.character(units[i]), as.character(periods[i])))
  w <- if (total == "sum") 1 else 1 / length(units)
  tot <- row(w * sum(p0$v), w * sum(p1$v), w * colSums(p0$G), w * colSums(p1$G))
  list(id = id, totalKind = total, units = rows, total = tot)
}

## The chosen row of each unit: in `period`, or the latest one.
chosen <- function(d, unit, time, period = NULL) {
  idx <- if (is.null(period)) {
    tapply(seq_len(nrow(d)), d[[unit]], function(i) i[which.max(d[[time]][i])])
  } else {
    tapply(seq_len(nrow(d)), d[[unit]], function(i) i[d[[time]][i] == period][1])
  }
  idx <- idx[!is.na(idx)]
  unname(idx[order(as.numeric(names(idx)))])
}

out <- list()

## ---- airquality: Poisson and NB2, unit = Month, period = Day, listwise deletion -----------------
air <- read.csv("airquality.csv", check.names = FALSE)
air <- air[complete.cases(air[, c("Ozone", "Solar.R", "Wind", "Temp")]), ]
f <- Ozone ~ Temp + log(Wind) + `Solar.R`
pois <- glm(f, family = poisson, data = air, control = glm.control(epsilon = 1e-14, maxit = 100))
nb <- glm.nb(f, data = air, control = glm.control(epsilon = 1e-14, maxit = 100))
count_scenario <- function(id, fit, period, change) {
  rows <- chosen(air, "Month", "Day", period)
  d0 <- air[rows, ]; d1 <- change(d0)
  X0 <- model.matrix(f, d0); X1 <- model.matrix(f, d1)
  b <- coef(fit); V <- vcov(fit)
  # The delta method above agrees with R's own standard errors of the predicted means.
  p0 <- predict(fit, newdata = d0, type = "response", se.fit = TRUE)
  stopifnot(isTRUE(all.equal(unname(p0$fit), as.vector(exp(X0 %*% b)), tolerance = 1e-12)))
  g0 <- X0 * as.vector(exp(X0 %*% b))
  stopifnot(isTRUE(all.equal(unname(p0$se.fit), as.vector(sqrt(rowSums((g0 %*% V) * g0))),
                             tolerance = 1e-10)))
  s <- scenario(id, d0$Month, d0$Day, X0, X1, b, V, "log", qnorm(0.975), "sum")
  s$call <- paste0(deparse(fit$call), collapse = "")
  s
}
wind_temp <- function(d) { d$Wind <- d$Wind * 1.1; d$Temp <- d$Temp + 5; d }
out$poisson_wind_temp <- count_scenario("poisson_wind_temp", pois, NULL, wind_temp)
out$poisson_temp_set <- count_scenario("poisson_temp_set", pois, 15,
                                       function(d) { d$Temp <- 80; d })
out$nb2_wind_temp <- count_scenario("nb2_wind_temp", nb, NULL, wind_temp)

## ---- Grunfeld: pooled OLS (lm) and FE (plm within), unit = firm, period = year ---------------
g <- read.csv("grunfeld.csv")
ols <- lm(inv ~ value + capital, data = g)
rows <- chosen(g, "firm", "year", 1950)
d0 <- g[rows, ]; d1 <- d0; d1$value <- d1$value * 1.1
X0 <- model.matrix(~ value + capital, d0); X1 <- model.matrix(~ value + capital, d1)
p0 <- predict(ols, newdata = d0, se.fit = TRUE)
stopifnot(isTRUE(all.equal(unname(p0$se.fit), as.vector(sqrt(rowSums((X0 %*% vcov(ols)) * X0))),
                           tolerance = 1e-10)))
s <- scenario("ols_value", d0$firm, d0$year, X0, X1, coef(ols), vcov(ols), "identity",
              qt(0.975, df.residual(ols)), "mean")
s$df <- df.residual(ols)
s$call <- "lm(inv ~ value + capital, data = grunfeld)"
out$ols_value <- s

fe <- plm(inv ~ value + capital, data = pdata.frame(g, index = c("firm", "year")),
          model = "within")
rows <- chosen(g, "firm", "year", NULL)
d0 <- g[rows, ]; d1 <- d0; d1$capital <- d1$capital + 100
X0 <- as.matrix(d0[, c("value", "capital")]); X1 <- as.matrix(d1[, c("value", "capital")])
Xbar <- as.matrix(aggregate(g[, c("value", "capital")], list(firm = g$firm), mean)[, -1])
a <- as.vector(fixef(fe))[match(d0$firm, names(fixef(fe)))]
s <- scenario("fe_capital", d0$firm, d0$year, X0, X1, coef(fe), vcov(fe), "identity",
              qt(0.975, df.residual(fe)), "mean", effects = a, Xbar = Xbar)
s$df <- df.residual(fe)
s$call <- "plm(inv ~ value + capital, model = \"within\"), fixef(), a_i + x'b"
out$fe_capital <- s

writeLines(toJSON(list(dataset = c("airquality.csv", "grunfeld.csv"), scenarios = out),
                  digits = NA, auto_unbox = TRUE, pretty = TRUE), "scenarios_expected.json")
