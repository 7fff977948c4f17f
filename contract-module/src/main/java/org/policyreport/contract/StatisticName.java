package org.policyreport.contract;

/**
 * The keys of {@link ModelResult#statistics()}: written by the analysis, looked up by the report
 * (regression tables' {@code stats=} lists, messages {@code stat.<name>}). Every key is camelCase.
 */
public final class StatisticName {
  public static final String N_PARAMETERS = "nParameters";
  public static final String AIC = "aic";
  public static final String BIC = "bic";
  public static final String LOG_LIKELIHOOD_NULL = "logLikelihoodNull";
  public static final String LR_CHI2 = "lrChi2";
  public static final String LR_DF = "lrDf";
  public static final String PSEUDO_R2 = "pseudoR2";
  public static final String ALPHA = "alpha";
  public static final String ALPHA_SE = "alphaSE";
  public static final String ALPHA_CI_LOW = "alphaCiLow";
  public static final String ALPHA_CI_HIGH = "alphaCiHigh";
  public static final String THETA = "theta";
  public static final String THETA_SE = "thetaSE";

  /** NB-P: the power parameter P and its standard error. */
  public static final String POWER = "power";

  public static final String POWER_SE = "powerSE";
  public static final String N_CLUSTERS = "nClusters";
  public static final String UNITS = "units";
  public static final String RHO = "rho";
  public static final String SIGMA2 = "sigma2";
  public static final String SIGMA_U = "sigmaU";
  public static final String SIGMA_E = "sigmaE";
  public static final String THETA_MIN = "thetaMin";
  public static final String THETA_MAX = "thetaMax";
  public static final String R2 = "r2";
  public static final String R2_ADJUSTED = "r2Adjusted";
  public static final String R2_WITHIN = "r2Within";
  public static final String R2_BETWEEN = "r2Between";
  public static final String R2_OVERALL = "r2Overall";
  public static final String ROOT_MSE = "rootMse";
  public static final String SSR = "ssr";
  public static final String DF_RESIDUAL = "dfResidual";

  private StatisticName() {}
}
