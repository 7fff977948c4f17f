package org.policyreport.report.cli;

import java.util.List;
import org.policyreport.report.render.Renderer;

/** The output formats the commands write. */
final class RendererSet {
  private RendererSet() {}

  static List<Renderer> all() {
    return List.of();
  }
}
