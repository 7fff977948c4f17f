package org.policyreport.report.cli;

import java.io.PrintWriter;
import org.policyreport.analysis.api.EstimationException;
import org.policyreport.contract.ContractException;
import org.policyreport.contract.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code policy-report}: with no arguments, analyzes the embedded data and renders the full report
 * into {@code out/}. Exit status: 0 done; 2 bad input or config (one-line message); 3 the run
 * finished but a check failed (a model did not converge, or evidence failed under --strict); 1 an
 * internal error.
 */
@Command(
    name = "policy-report",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "From a regional panel and an expert survey to a policy report (DOCX, XLSX, PDF).",
      "With no command, runs 'run' with the embedded default config and data."
    },
    subcommands = {
      RunCommand.class,
      AnalyzeCommand.class,
      RenderCommand.class,
      BriefsCommand.class,
      InitCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:done",
      "1:internal error (run with --debug for the stack trace)",
      "2:bad input: data, config or results file (the message names where)",
      "3:finished, but a check failed: a model did not converge, or --strict and evidence failed"
    })
public final class Main implements java.util.concurrent.Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  static final int INPUT_ERROR = 2;
  static final int CHECK_FAILED = 3;

  @Override
  public Integer call() {
    // Reached only with global options and no command: show what the commands are.
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }

  public static void main(String[] args) {
    System.exit(
        execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given streams and returns the exit status. */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    // Messages echo data and config text: control characters in them must not reach the terminal.
    PrintWriter safeOut = new PrintWriter(new TerminalSafeWriter(out), true);
    PrintWriter safeErr = new PrintWriter(new TerminalSafeWriter(err), true);
    boolean debug = java.util.Arrays.asList(args).contains("--debug");
    try {
      return executeSafely(args, safeOut, safeErr);
    } catch (Error e) {
      if (debug) {
        e.printStackTrace(safeErr);
      }
      if (outOfMemory(e)) {
        safeErr.println("error: " + outOfMemory(Runtime.getRuntime().maxMemory()));
        return INPUT_ERROR;
      }
      safeErr.println("internal error: " + e + (debug ? "" : " (run with --debug for details)"));
      return 1;
    } finally {
      safeOut.flush();
      safeErr.flush();
    }
  }

  /** One line for a run that needed more memory than the Java heap has, saying how to give more. */
  static String outOfMemory(long maxHeapBytes) {
    long mib = Math.max(1, maxHeapBytes / (1024 * 1024));
    long suggested = Long.highestOneBit(mib * 2 - 1) * 2;
    return "out of memory: the data and documents did not fit into the Java heap of "
        + mib
        + " MiB; nothing written. Give it more, e.g. POLICY_REPORT_JAVA_OPTS=\"-XX:TieredStopAtLevel=1"
        + " -Xmx"
        + suggested
        + "m\" bin/policy-report ...";
  }

  private static int executeSafely(String[] args, PrintWriter out, PrintWriter err) {
    System.setProperty("java.awt.headless", "true");
    // POI logs through the Log4j API; without a provider Log4j complains on standard error.
    System.setProperty(
        "log4j2.loggerContextFactory",
        "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
    boolean debug = java.util.Arrays.asList(args).contains("--debug");
    // No command means 'run': with no arguments, or with only run's options (e.g. --language ko).
    if (args.length == 0
        || (args[0].startsWith("-")
            && !java.util.List.of("-h", "--help", "-V", "--version").contains(args[0]))) {
      String[] withRun = new String[args.length + 1];
      withRun[0] = "run";
      System.arraycopy(args, 0, withRun, 1, args.length);
      args = withRun;
    }
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          if (debug) {
            ex.printStackTrace(err);
          }
          if (ex instanceof InputException
              || ex instanceof EstimationException
              || ex instanceof ContractException) {
            err.println("error: " + ex.getMessage());
            return INPUT_ERROR;
          }
          if (outOfMemory(ex)) {
            err.println("error: " + outOfMemory(Runtime.getRuntime().maxMemory()));
            return INPUT_ERROR;
          }
          err.println("internal error: " + ex + (debug ? "" : " (run with --debug for details)"));
          return 1;
        });
    cli.setParameterExceptionHandler(
        (ex, a) -> {
          err.println("error: " + ex.getMessage());
          err.println("Try 'policy-report --help'.");
          return INPUT_ERROR;
        });
    return cli.execute(args);
  }

  /**
   * Whether {@code t} comes from running out of memory: directly, or through a class whose static
   * initialiser ran out (the JVM then keeps only the message of the original error).
   */
  static boolean outOfMemory(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof OutOfMemoryError
          || (c.getMessage() != null && c.getMessage().contains("java.lang.OutOfMemoryError"))) {
        return true;
      }
    }
    return false;
  }

  /** The version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"policy-report " + version()};
    }
  }

  static String version() {
    String v = Main.class.getPackage().getImplementationVersion();
    return v == null ? "0.1.0-dev" : v;
  }
}
