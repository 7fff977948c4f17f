## panel_reference_diagnostics.R -- independent R values for the panel diagnostics and robust
## OLS covariances on the Grunfeld data (reference/grunfeld.csv), written to
## src/test/resources/org/policyreport/analysis/panel/grunfeld_diagnostics_r.json.
## Run from analysis-module/:  Rscript bench/panel_reference_diagnostics.R
suppressPackageStartupMessages({ library(plm); library(sandwich); library(jsonlite) })
d <- read.csv("src/test/resources/reference/grunfeld.csv")
pd <- pdata.frame(d, index = c("firm", "year"))
fml <- inv ~ value + capital
n <- nrow(d)

ols <- lm(fml, data = d)
se <- function(v) as.list(setNames(sqrt(diag(v)), c("_cons", "value", "capital")))
robust <- se(vcovHC(ols, type = "HC1"))
cluster <- se(vcovCL(ols, cluster = ~firm, type = "HC1"))   # (G/(G-1)) (N-1)/(N-k)

## Breusch-Pagan LM for random effects from pooled OLS residuals (Stata xttest0)
bp <- plmtest(plm(fml, data = pd, model = "pooling"), type = "bp")

## Wooldridge / Drukker test (Stata xtserial), spelled out with lm and vcovCL
dd <- d[order(d$firm, d$year), ]
D <- function(v) ave(v, dd$firm, FUN = function(z) c(NA, diff(z)))
dd$dinv <- D(dd$inv); dd$dvalue <- D(dd$value); dd$dcapital <- D(dd$capital)
fd <- lm(dinv ~ 0 + dvalue + dcapital, data = dd, na.action = na.exclude)
dd$u <- residuals(fd)
dd$ulag <- ave(dd$u, dd$firm, FUN = function(z) c(NA, head(z, -1)))
ok <- !is.na(dd$u) & !is.na(dd$ulag)
ar <- lm(u ~ 0 + ulag, data = dd[ok, ])
vcl <- vcovCL(ar, cluster = dd$firm[ok], type = "HC1")
wf <- as.numeric((coef(ar) + 0.5)^2 / vcl[1, 1])
g <- length(unique(dd$firm[ok]))
## plm's own implementation of the same test, for comparison
pw <- pwfdtest(fml, data = pd, h0 = "fe")

## Modified Wald test for groupwise heteroskedasticity (Greene 2000; Stata xttest3) after FE
fe <- plm(fml, data = pd, model = "within")
e <- as.numeric(residuals(fe)); id <- index(fe)[[1]]
Ti <- as.numeric(table(id)); s2i <- tapply(e^2, id, mean); s2 <- mean(e^2)
Vi <- tapply(e^2, id, function(z) sum((z - mean(z))^2)) / (Ti * (Ti - 1))
mw <- sum((s2i - s2)^2 / Vi)

## VIFs: 1 / (1 - R^2) of each regressor on the others
vif <- c(value = 1 / (1 - summary(lm(value ~ capital, d))$r.squared),
         capital = 1 / (1 - summary(lm(capital ~ value, d))$r.squared))

## Unbalanced random effects (Swamy-Arora, plm's unbalanced form): Grunfeld without firm 2's
## years 1935-1944 and firm 10's years 1935-1939 (rows 21-30 and 181-185 of the CSV).
du <- d[-c(21:30, 181:185), ]
reu <- plm(fml, data = pdata.frame(du, index = c("firm", "year")), model = "random", random.method = "swar")
ecu <- ercomp(reu)
thetaU <- tapply(as.numeric(if (is.list(ecu$theta)) ecu$theta$id else ecu$theta), index(reu)[[1]], function(z) z[1])
reUnbalanced <- list(
  dropped = "rows 21-30 (firm 2, 1935-1944) and 181-185 (firm 10, 1935-1939)", nobs = nrow(du),
  coefficients = lapply(setNames(seq_along(coef(reu)), c("_cons", "value", "capital")), function(i)
    list(coef = unname(coef(reu)[i]), se = unname(sqrt(diag(vcov(reu)))[i]))),
  sigmaU = sqrt(unname(ecu$sigma2["id"])), sigmaE = sqrt(unname(ecu$sigma2["idios"])),
  thetaByPanel = as.list(thetaU))

out <- list(
  source = paste("R", getRversion(), "plm", packageVersion("plm"), "sandwich", packageVersion("sandwich"),
                 "; script analysis-module/bench/panel_reference_diagnostics.R"),
  olsRobustSe = robust, olsClusterFirmSe = cluster,
  breuschPaganLm = list(statistic = unname(bp$statistic), df = 1, call = "plmtest(pooling, type='bp')"),
  wooldridge = list(statistic = wf, df1 = 1, df2 = g - 1, coefficient = unname(coef(ar)),
                    plmPwfdtestF = unname(pw$statistic), plmPwfdtestDf = unname(pw$parameter)),
  modifiedWald = list(statistic = mw, df = length(Ti)),
  vif = as.list(vif),
  reUnbalanced = reUnbalanced)
writeLines(toJSON(out, auto_unbox = TRUE, digits = 15, pretty = TRUE),
           "src/test/resources/org/policyreport/analysis/panel/grunfeld_diagnostics_r.json")
