package org.policyreport.analysis.pipeline;

import java.util.List;
import org.policyreport.analysis.config.DataSourceSpec;
import org.policyreport.analysis.config.ModelSpec;
import org.policyreport.analysis.data.DataTable;
import org.policyreport.contract.ModelResult;

/**
 * Adapts one family of estimators to the pipeline: checks a model spec's options before any data
 * are read, then fits the model and turns the estimator's own result into a {@link ModelResult}.
 */
public interface ModelRunner {

  /** The {@code estimator:} names this runner handles, e.g. poisson, nb2, gnbreg. */
  List<String> estimators();

  /** Rejects bad estimator options with an error naming the config key; reads no data. */
  void validate(ModelSpec spec);

  /** Columns the model reads besides the dependent variable and the regressors. */
  default List<String> extraColumns(ModelSpec spec) {
    return List.of();
  }

  /** Fits the model. */
  ModelResult fit(ModelSpec spec, DataSourceSpec source, DataTable table);

  /**
   * Fits the model and keeps what predictions from it need (scenarios); the default offers no
   * predictions.
   */
  default FittedModel fitWithMean(ModelSpec spec, DataSourceSpec source, DataTable table) {
    return new FittedModel(fit(spec, source, table), null);
  }
}
