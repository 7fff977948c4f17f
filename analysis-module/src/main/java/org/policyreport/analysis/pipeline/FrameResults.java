package org.policyreport.analysis.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.policyreport.analysis.config.ModelSpec;
import org.policyreport.analysis.terms.ModelFrame;
import org.policyreport.analysis.terms.Term;
import org.policyreport.contract.ModelResult;
import org.policyreport.contract.Note;
import org.policyreport.contract.NoteCode;

/**
 * What the model frame adds to a fitted model's result: the rows dropped and why, the period
 * dummies (reported as one "time effects" flag, {@code options.timeEffects}, and left out of {@code
 * regressors}), the factor reference levels and the missing-value rule.
 */
final class FrameResults {
  private FrameResults() {}

  static ModelResult of(ModelResult r, ModelSpec spec, ModelFrame frame) {
    List<String> regressors = new ArrayList<>(frame.spec().regressors());
    regressors.removeAll(frame.timeDummies());
    List<Note> notes = new ArrayList<>(r.notes());
    if (frame.droppedMissing() > 0) {
      notes.add(Note.of(NoteCode.DROPPED_MISSING, frame.droppedMissing()));
    }
    if (frame.droppedLag() > 0) {
      notes.add(Note.of(NoteCode.DROPPED_LAG, frame.droppedLag()));
    }
    Map<String, Object> options = new LinkedHashMap<>(r.options());
    if (spec.timeEffects()) {
      options.put("timeEffects", true);
    }
    if (!frame.factorReferences().isEmpty()) {
      options.put("reference", frame.factorReferences());
    }
    if (spec.missing() == ModelSpec.Missing.ERROR) {
      options.put("missing", "error");
    }
    Map<String, Object> details = new LinkedHashMap<>(r.details());
    if (frame.dropped() > 0) {
      Map<String, Integer> dropped = new LinkedHashMap<>();
      dropped.put("missing", frame.droppedMissing());
      dropped.put("lag", frame.droppedLag());
      details.put("droppedRows", dropped);
    }
    if (!frame.timeDummies().isEmpty()) {
      details.put("timeDummies", frame.timeDummies());
    }
    return new ModelResult(
        r.id(),
        r.estimator(),
        r.label(),
        r.data(),
        r.dependent(),
        regressors,
        r.nobs(),
        r.nobsDropped() + frame.dropped(),
        r.converged(),
        r.iterations(),
        r.gradientNorm(),
        r.logLikelihood(),
        r.statistic(),
        r.seType(),
        r.coefficients(),
        r.statistics(),
        r.tests(),
        r.irr(),
        r.marginalEffects(),
        notes,
        options,
        details);
  }

  /** The run's warnings about the rows the model dropped, one per reason, as codes. */
  static List<Note> droppedWarnings(ModelSpec spec, ModelFrame frame) {
    List<Note> out = new ArrayList<>();
    if (frame.droppedMissing() > 0) {
      out.add(Note.of(NoteCode.ROWS_DROPPED_MISSING, frame.droppedMissing(), spec.id()));
    }
    if (frame.droppedLag() > 0) {
      out.add(Note.of(NoteCode.ROWS_DROPPED_LAG, frame.droppedLag(), spec.id()));
    }
    return out;
  }

  /** The numeric data columns of the dependent variable and the regressors, for descriptives. */
  static Set<String> describedVariables(ModelSpec spec) {
    Set<String> out = new LinkedHashSet<>(spec.dependentTerm().variables());
    for (Term t : spec.regressorTerms()) {
      if (!(t instanceof Term.Factor)) {
        out.addAll(t.variables());
      }
    }
    return out;
  }
}
