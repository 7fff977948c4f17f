## specs_models.R -- references for model terms, time effects, listwise deletion, cluster-robust
## FE/RE and the Hausman test on an indefinite difference (issue 12).
## Run from analysis-module/src/test/resources/reference:  Rscript scripts/specs_models.R
## Writes produc.csv, ships.csv, airquality.csv and specs_expected.json (R 4.2.2, plm 2.6.2,
## MASS 7.3-58.2, numDeriv; every number with the call that produced it).
suppressPackageStartupMessages({
  library(plm); library(MASS); library(jsonlite); library(numDeriv)
})
options(digits = 15)
csv <- function(df, path) write.csv(df, path, row.names = FALSE, quote = FALSE, na = "")
tab <- function(est, se, stat = c("z", "t"), df = NULL) {
  stat <- match.arg(stat)
  out <- list()
  for (n in names(est)) {
    s <- unname(est[n] / se[n])
    p <- if (stat == "z") 2 * pnorm(-abs(s)) else 2 * pt(-abs(s), df)
    e <- list(coef = unname(est[n]), se = unname(se[n]))
    e[[stat]] <- s
    e$p <- p
    out[[n]] <- e
  }
  out
}
models <- list()

## ---- Produc (plm): Hausman on a V_FE - V_RE that is not positive definite -------------------
data("Produc", package = "plm")
produc <- data.frame(state = as.character(Produc$state), year = Produc$year, gsp = Produc$gsp,
                     pcap = Produc$pcap, pc = Produc$pc, emp = Produc$emp, unemp = Produc$unemp)
csv(produc, "produc.csv")
pd <- pdata.frame(produc, index = c("state", "year"))
f <- log(gsp) ~ log(pcap) + log(pc) + log(emp) + unemp
fe <- plm(f, data = pd, model = "within")
re <- plm(f, data = pd, model = "random")
ht <- phtest(fe, re)
dv <- vcov(fe) - vcov(re)[names(coef(fe)), names(coef(fe))]
rename <- function(x) gsub(" ", "", x)
re_coef <- coef(re); names(re_coef) <- sub("\\(Intercept\\)", "_cons", rename(names(re_coef)))
re_se <- sqrt(diag(vcov(re))); names(re_se) <- names(re_coef)
models$hausman_produc <- list(
  call = "phtest(plm(log(gsp) ~ log(pcap) + log(pc) + log(emp) + unemp, model='within'), plm(..., model='random')) on plm::Produc",
  statistic = unname(ht$statistic), df = unname(ht$parameter), p = ht$p.value,
  eigenvaluesOfDifference = eigen(dv, symmetric = TRUE)$values,
  reCoefficients = tab(re_coef, re_se, "z"))

## ---- Grunfeld: RE and two-way FE with year effects ---------------------------------------------
g <- read.csv("grunfeld.csv")
gp <- pdata.frame(g, index = c("firm", "year"))
re_y <- plm(inv ~ value + capital + factor(year), data = gp, model = "random")
b <- coef(re_y)
nm <- sub("factor\\(year\\)", "year=", sub("\\(Intercept\\)", "_cons", names(b)))
se <- sqrt(diag(vcov(re_y))); names(b) <- nm; names(se) <- nm
ec <- ercomp(re_y)
models$re_year_effects_grunfeld <- list(
  call = "plm(inv ~ value + capital + factor(year), model = 'random') (Swamy-Arora) on Grunfeld",
  nobs = nobs(re_y), sigmaU = sqrt(unname(ec$sigma2["id"])), sigmaE = sqrt(unname(ec$sigma2["idios"])),
  theta = unname(ec$theta), coefficients = tab(b, se, "z"))
fe2 <- plm(inv ~ value + capital, data = gp, model = "within", effect = "twoways")
models$fe_twoways_grunfeld <- list(
  call = "plm(inv ~ value + capital, model = 'within', effect = 'twoways') on Grunfeld",
  nobs = nobs(fe2), dfResidual = df.residual(fe2),
  coefficients = tab(coef(fe2), sqrt(diag(vcov(fe2))), "t", df.residual(fe2)))

## ---- Grunfeld: FE with cluster-robust SEs (Stata xtreg, fe vce(cluster firm)) ------------------
fe <- plm(inv ~ value + capital, data = gp, model = "within")
v_plm <- vcovHC(fe, method = "arellano", type = "sss", cluster = "group")
X <- model.matrix(fe); u <- residuals(fe); id <- index(fe)[[1]]
N <- nrow(X); G <- length(unique(id)); k <- ncol(X)
bread <- solve(crossprod(X))
meat <- Reduce(`+`, lapply(split(seq_len(N), id), function(r) {
  s <- crossprod(X[r, , drop = FALSE], u[r]); s %*% t(s) }))
K <- k + 1  # Stata counts the constant; the absorbed effects are not counted (panels nest in clusters)
v_stata <- G / (G - 1) * (N - 1) / (N - K) * bread %*% meat %*% bread
xbar <- colMeans(g[, c("value", "capital")])
cons <- mean(g$inv) - sum(xbar * coef(fe))
b <- c(coef(fe), `_cons` = cons)
se_st <- c(sqrt(diag(v_stata)), `_cons` = sqrt(drop(t(xbar) %*% v_stata %*% xbar)))
models$fe_cluster_grunfeld <- list(
  call = "Stata formula by hand: V = G/(G-1) (N-1)/(N-K) (X'X)^-1 sum_g X_g'u_g u_g'X_g (X'X)^-1 on within-transformed data, K = slopes + constant; constant as xtreg, fe: ybar - xbar'b, Var = xbar' V xbar",
  nobs = N, clusters = G, K = K, coefficients = tab(b, se_st, "t", G - 1),
  plmVcovHC = list(call = "vcovHC(fe, method = 'arellano', type = 'sss', cluster = 'group') (K = slopes only)",
                   se = as.list(sqrt(diag(v_plm))),
                   ratioToStata = (N - K) / (N - k)))

## ---- Grunfeld: RE with cluster-robust SEs (plm vcovHC arellano, sss) ---------------------------
re <- plm(inv ~ value + capital, data = gp, model = "random")
v_re <- vcovHC(re, method = "arellano", type = "sss", cluster = "group")
b <- coef(re); names(b) <- sub("\\(Intercept\\)", "_cons", names(b))
se <- sqrt(diag(v_re)); names(se) <- names(b)
models$re_cluster_grunfeld <- list(
  call = "vcovHC(plm(inv ~ value + capital, model = 'random'), method = 'arellano', type = 'sss', cluster = 'group'): sandwich on the quasi-demeaned data, factor G/(G-1) (N-1)/(N-K), K with the constant",
  nobs = nobs(re), coefficients = tab(b, se, "z"))

## ---- Grunfeld: FE with a lag --------------------------------------------------------------------
fe_l <- plm(inv ~ lag(value, 1) + capital, data = gp, model = "within")
b <- coef(fe_l); names(b) <- c("lag(value,1)", "capital")
se <- sqrt(diag(vcov(fe_l))); names(se) <- names(b)
models$fe_lag_grunfeld <- list(
  call = "plm(inv ~ lag(value, 1) + capital, model = 'within') on Grunfeld",
  nobs = nobs(fe_l), dfResidual = df.residual(fe_l),
  coefficients = tab(b, se, "t", df.residual(fe_l)))

## ---- ships (MASS): NB2 with log(), factor with reference B, exposure ---------------------------
data("ships", package = "MASS")
sh <- subset(ships, service > 0)
sh <- data.frame(type = as.character(sh$type), year = sh$year, period = sh$period,
                 service = sh$service, incidents = sh$incidents)
csv(sh, "ships.csv")
sh$type <- relevel(factor(sh$type), ref = "B")
sh$period <- factor(sh$period)
nb <- glm.nb(incidents ~ type + log(year) + period + offset(log(service)), data = sh,
             control = glm.control(epsilon = 1e-14, maxit = 200))
X <- model.matrix(nb); y <- sh$incidents; off <- log(sh$service)
ll <- function(par) {
  b <- par[-length(par)]; a <- exp(par[length(par)]); m <- 1 / a
  mu <- exp(drop(X %*% b) + off)
  sum(lgamma(y + m) - lgamma(y + 1) - lgamma(m) + m * log(m / (m + mu)) + y * log(mu / (m + mu)))
}
## analytic score of (b, lnalpha); the Hessian is its numerical Jacobian (Richardson), which is
## accurate here where a second numerical derivative of ll is not (log(year) is nearly collinear
## with the constant)
score <- function(par) {
  b <- par[-length(par)]; m <- exp(-par[length(par)])
  mu <- exp(drop(X %*% b) + off)
  gb <- crossprod(X, (y - mu) * m / (m + mu))
  dm <- digamma(y + m) - digamma(m) + log(m / (m + mu)) + (mu - y) / (m + mu)
  c(drop(gb), -m * sum(dm))
}
par <- c(coef(nb), lnalpha = -log(nb$theta))
for (i in 1:50) par <- par - solve(jacobian(score, par), score(par))
stopifnot(max(abs(score(par))) < 1e-8)
V <- solve(-jacobian(score, par))
nmap <- function(n) { n <- sub("\\(Intercept\\)", "_cons", n); n <- sub("^type", "type=", n)
  n <- sub("^period", "period=", n); n }
b <- par[-length(par)]; se <- sqrt(diag(V))[-length(par)]
names(b) <- nmap(names(coef(nb))); names(se) <- names(b)
eim_se <- sqrt(diag(vcov(nb))); names(eim_se) <- names(b)
models$nb2_ships <- list(
  call = "glm.nb(incidents ~ relevel(type, 'B') + log(year) + factor(period) + offset(log(service))) on MASS::ships with service > 0; Newton on the analytic (b, lnalpha) score; OIM SEs from the inverse of minus its numDeriv::jacobian at the optimum",
  nobs = nrow(sh), logLikelihood = ll(par), lnalpha = unname(par[length(par)]),
  lnalphaSe = unname(sqrt(diag(V))[length(par)]), glmNbTheta = nb$theta, maxAbsScore = max(abs(score(par))),
  coefficients = tab(b, se, "z"),
  glmNbExpectedInformationSe = as.list(eim_se))

## ---- airquality: OLS with listwise deletion -----------------------------------------------------
aq <- airquality[, c("Ozone", "Solar.R", "Wind", "Temp", "Month", "Day")]
csv(aq, "airquality.csv")
ols <- lm(Ozone ~ Solar.R + Wind + Temp + I(Temp^2), data = aq)
b <- coef(ols); names(b) <- c("_cons", "Solar.R", "Wind", "Temp", "Temp^2")
se <- sqrt(diag(vcov(ols))); names(se) <- names(b)
models$ols_listwise_airquality <- list(
  call = "lm(Ozone ~ Solar.R + Wind + Temp + I(Temp^2), data = airquality) (na.omit)",
  nobs = nobs(ols), nobsDropped = nrow(aq) - nobs(ols), dfResidual = df.residual(ols),
  coefficients = tab(b, se, "t", df.residual(ols)))

out <- list(
  generatedBy = "scripts/specs_models.R",
  software = list(R = paste(R.version$major, R.version$minor, sep = "."),
                  plm = as.character(packageVersion("plm")), MASS = as.character(packageVersion("MASS")),
                  numDeriv = as.character(packageVersion("numDeriv"))),
  models = models)
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE, pretty = TRUE), "specs_expected.json")
