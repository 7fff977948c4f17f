package org.policyreport.contract;

import java.util.List;

/**
 * The codes of {@link Note}: the analysis writes them (notes of models, tests, surveys and
 * scenarios, and the run's warnings), the schema lists them (an unknown code is rejected) and the
 * report words them from {@code note.<code>}. Every code is camelCase; the arguments each takes are
 * listed in brackets.
 */
public final class NoteCode {
  /** A regressor dropped because it is collinear with the others [term]. */
  public static final String OMITTED_COLLINEAR = "omittedCollinear";

  /** A regressor of the ln alpha equation dropped for collinearity [term]. */
  public static final String OMITTED_COLLINEAR_LNALPHA = "omittedCollinearLnalpha";

  /** Observations dropped for a missing value (listwise deletion) [count]. */
  public static final String DROPPED_MISSING = "droppedMissing";

  /** Observations dropped for want of an earlier period (lag or difference) [count]. */
  public static final String DROPPED_LAG = "droppedLag";

  /** Count model: standard errors from the observed information []. */
  public static final String OBSERVED_INFORMATION = "observedInformation";

  /** NB2: standard errors from the expected information (glm.nb's convention) []. */
  public static final String EXPECTED_INFORMATION = "expectedInformation";

  /** Non-default vce: slopes tested by Wald, no LR tests [vce]. */
  public static final String WALD_NOT_LR = "waldNotLr";

  /** The fit did not converge [iterations]. */
  public static final String NOT_CONVERGED = "notConverged";

  /** Marginal effects are average derivatives []. */
  public static final String AVERAGE_MARGINAL_EFFECTS = "averageMarginalEffects";

  /** The Poisson start of a negative binomial fit did not converge [iterations]. */
  public static final String POISSON_START_NOT_CONVERGED = "poissonStartNotConverged";

  /** The NB2 start of a generalized negative binomial fit did not converge [iterations]. */
  public static final String NB2_START_NOT_CONVERGED = "nb2StartNotConverged";

  /** The constant-only model did not converge: no LR test against it []. */
  public static final String CONSTANT_ONLY_NOT_CONVERGED = "constantOnlyNotConverged";

  /** The panel has gaps; AR(1) steps treat the observations as consecutive [panels]. */
  public static final String PANEL_GAPS = "panelGaps";

  /** Cluster-robust standard errors of fixed effects, panels as clusters [clusters]. */
  public static final String ROBUST_FE_PANELS = "robustFePanels";

  /** Cluster-robust standard errors of fixed effects [clusters, column]. */
  public static final String ROBUST_FE_CLUSTERS = "robustFeClusters";

  /** Cluster-robust standard errors of random effects, panels as clusters [clusters]. */
  public static final String ROBUST_RE_PANELS = "robustRePanels";

  /** Cluster-robust standard errors of random effects [clusters, column]. */
  public static final String ROBUST_RE_CLUSTERS = "robustReClusters";

  /** Swamy-Arora variance components []. */
  public static final String SWAMY_ARORA = "swamyArora";

  /** The variance of the unit effects was negative and set to 0 []. */
  public static final String SIGMA_U_TRUNCATED = "sigmaUTruncated";

  /** FGLS: igls did not converge [iterations]. */
  public static final String IGLS_NOT_CONVERGED = "iglsNotConverged";

  /**
   * The Hausman test could not be computed: the fixed- or random-effects fit it compares failed on
   * these data [].
   */
  public static final String HAUSMAN_NOT_COMPUTED = "hausmanNotComputed";

  /** V_FE - V_RE is not positive definite []. */
  public static final String HAUSMAN_NOT_POSITIVE_DEFINITE = "hausmanNotPositiveDefinite";

  /** V_FE - V_RE is singular; a generalized inverse was used [rank]. */
  public static final String HAUSMAN_SINGULAR = "hausmanSingular";

  /** The Hausman chi2 is negative []. */
  public static final String HAUSMAN_NEGATIVE = "hausmanNegative";

  /**
   * Breusch-Pagan LM test: the pooled residuals are negatively correlated within panels, so the
   * one-sided statistic is 0 and p is 1 [].
   */
  public static final String BREUSCH_PAGAN_NEGATIVE = "breuschPaganNegative";

  /** Modified Wald test: panels whose e^2 does not vary are left out [count, panels]. */
  public static final String MODIFIED_WALD_PANELS_LEFT_OUT = "modifiedWaldPanelsLeftOut";

  /** A diagnostic test the data do not support [test name, a {@link TestName}]. */
  public static final String TEST_NOT_COMPUTED = "testNotComputed";

  /** Scenario predictions include each unit's fixed effect []. */
  public static final String SCENARIO_FIXED_EFFECTS = "scenarioFixedEffects";

  /** Scenario predicted counts include the exposure [column]. */
  public static final String SCENARIO_EXPOSURE = "scenarioExposure";

  /** Scenario predicted counts include the offset [column]. */
  public static final String SCENARIO_OFFSET = "scenarioOffset";

  /** Survey: the paired t test of an item's gap is undefined [item]. */
  public static final String GAP_TEST_UNDEFINED = "gapTestUndefined";

  /** Survey: blank answers (item non-response) [count]. */
  public static final String BLANK_ANSWERS = "blankAnswers";

  /**
   * Survey: respondents with a blank grouping column left out of that comparison [count, column].
   */
  public static final String BLANK_GROUP = "blankGroup";

  /** Survey: no pair of answers for an item in a group [item, column, group]. */
  public static final String NO_PAIR_IN_GROUP = "noPairInGroup";

  /** Run warning: a model dropped rows with a missing value [count, model id]. */
  public static final String ROWS_DROPPED_MISSING = "rowsDroppedMissing";

  /** Run warning: a model dropped rows without an earlier period for a lag [count, model id]. */
  public static final String ROWS_DROPPED_LAG = "rowsDroppedLag";

  /** Every code, in the order above: the schema's enum. */
  public static final List<String> ALL =
      List.of(
          OMITTED_COLLINEAR,
          OMITTED_COLLINEAR_LNALPHA,
          DROPPED_MISSING,
          DROPPED_LAG,
          OBSERVED_INFORMATION,
          EXPECTED_INFORMATION,
          WALD_NOT_LR,
          NOT_CONVERGED,
          AVERAGE_MARGINAL_EFFECTS,
          POISSON_START_NOT_CONVERGED,
          NB2_START_NOT_CONVERGED,
          CONSTANT_ONLY_NOT_CONVERGED,
          PANEL_GAPS,
          ROBUST_FE_PANELS,
          ROBUST_FE_CLUSTERS,
          ROBUST_RE_PANELS,
          ROBUST_RE_CLUSTERS,
          SWAMY_ARORA,
          SIGMA_U_TRUNCATED,
          IGLS_NOT_CONVERGED,
          HAUSMAN_NOT_COMPUTED,
          HAUSMAN_NOT_POSITIVE_DEFINITE,
          HAUSMAN_SINGULAR,
          HAUSMAN_NEGATIVE,
          BREUSCH_PAGAN_NEGATIVE,
          MODIFIED_WALD_PANELS_LEFT_OUT,
          TEST_NOT_COMPUTED,
          SCENARIO_FIXED_EFFECTS,
          SCENARIO_EXPOSURE,
          SCENARIO_OFFSET,
          GAP_TEST_UNDEFINED,
          BLANK_ANSWERS,
          BLANK_GROUP,
          NO_PAIR_IN_GROUP,
          ROWS_DROPPED_MISSING,
          ROWS_DROPPED_LAG);

  private NoteCode() {}
}
