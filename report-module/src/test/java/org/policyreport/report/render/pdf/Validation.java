package org.policyreport.report.render.pdf;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.TreeSet;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF as a library: the rules a PDF breaks for one flavour (PDF/A part, PDF/UA). */
final class Validation {
  private static boolean initialised;

  private Validation() {}

  /** Sets up veraPDF's foundry once per JVM; the first validation is slow, later ones are not. */
  static synchronized void initialise() {
    if (!initialised) {
      VeraGreenfieldFoundryProvider.initialise();
      initialised = true;
    }
  }

  /** The failed rules, each as "clause-test: description", sorted; empty when compliant. */
  static List<String> failedRules(byte[] pdf, PDFAFlavour flavour) {
    initialise();
    try (PDFAParser parser =
            Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
      ValidationResult result = validator.validate(parser);
      TreeSet<String> failed = new TreeSet<>();
      for (TestAssertion a : result.getTestAssertions()) {
        if (a.getStatus() == TestAssertion.Status.FAILED) {
          failed.add(
              a.getRuleId().getClause()
                  + "-"
                  + a.getRuleId().getTestNumber()
                  + ": "
                  + a.getMessage());
        }
      }
      if (failed.isEmpty() && !result.isCompliant()) {
        failed.add("not compliant, no failed rule reported (" + result.getJobEndStatus() + ")");
      }
      return List.copyOf(failed);
    } catch (Exception e) {
      throw new IllegalStateException("veraPDF could not check the PDF as " + flavour, e);
    }
  }
}
