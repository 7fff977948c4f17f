package org.policyreport.contract;

import java.util.List;

/**
 * The names of the hypothesis tests in {@link ModelResult#tests()}: the analysis writes them and
 * the report (tables, templates, messages {@code test.<name>}) looks them up, so both sides use
 * these constants. Every name is camelCase.
 */
public final class TestName {
  /** LR test of the model against the constant-only model. */
  public static final String LR_VS_CONSTANT_ONLY = "lrVsConstantOnly";

  /** LR test of alpha = 0 (negative binomial against Poisson, boundary chibar2). */
  public static final String LR_ALPHA_ZERO = "lrAlphaZero";

  /** LR test of a constant alpha (gnbreg against NB2). */
  public static final String LR_VS_NB2 = "lrVsNb2";

  /** Wald chi2 test that all slopes are zero. */
  public static final String WALD_SLOPES = "waldSlopes";

  /** F test that all slopes are zero. */
  public static final String F_SLOPES = "fSlopes";

  /** F test that all unit effects are zero (fixed effects). */
  public static final String F_ALL_UI_ZERO = "fAllUiZero";

  /** Hausman test, fixed against random effects. */
  public static final String HAUSMAN = "hausman";

  /** Breusch-Pagan LM test for random effects. */
  public static final String BREUSCH_PAGAN_LM = "breuschPaganLm";

  /** Modified Wald test for groupwise heteroskedasticity. */
  public static final String MODIFIED_WALD_GROUPWISE_HETEROSKEDASTICITY =
      "modifiedWaldGroupwiseHeteroskedasticity";

  /** Wooldridge test for first-order serial correlation. */
  public static final String WOOLDRIDGE_SERIAL_CORRELATION = "wooldridgeSerialCorrelation";

  /** Every name, in the order above: the schema's enum. */
  public static final List<String> ALL =
      List.of(
          LR_VS_CONSTANT_ONLY,
          LR_ALPHA_ZERO,
          LR_VS_NB2,
          WALD_SLOPES,
          F_SLOPES,
          F_ALL_UI_ZERO,
          HAUSMAN,
          BREUSCH_PAGAN_LM,
          MODIFIED_WALD_GROUPWISE_HETEROSKEDASTICITY,
          WOOLDRIDGE_SERIAL_CORRELATION);

  private TestName() {}
}
