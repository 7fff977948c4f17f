package org.policyreport.analysis.synthetic;

/**
 * Writes the synthetic region-year panel ({@code data/regional_panel.csv}). The data-generating
 * process is documented equation by equation in {@code data/README.md}; the constants below are its
 * parameters. Every equation uses the values as rounded for the CSV, so the documented equations
 * hold for the file's own numbers.
 */
public final class RegionalPanelGenerator {
  public static final long SEED = 20240917L;
  static final int FIRST_YEAR = 2005;
  static final int LAST_YEAR = 2017;

  // log E[patents]
  static final double B_CONS = 3.6;
  static final double B_AUTONOMY = 0.03;
  static final double B_RND = 0.10;
  static final double B_RESEARCHERS = 0.003;
  static final double B_UNIVERSITIES = 0.06;
  static final double B_VENTURES_PER_1000 = 0.08;
  // ln alpha of the NB2 dispersion
  static final double G_CONS = -2.0;
  static final double G_METRO = -1.0;
  // growth of GRDP per capita (%)
  static final double C_CONS = -6.2;
  static final double C_LN_PATENTS = 1.5;
  static final double C_AUTONOMY = 0.10;
  static final double REGION_EFFECT_SD = 0.7;
  static final double GROWTH_RHO = 0.4;

  static final String HEADER =
      "region,region_ko,year,metro,population,grdp,grdp_per_capita,grdp_growth,patents,"
          + "patents_per_10k,ln_patents_per_10k,fiscal_autonomy,fiscal_self_reliance,"
          + "local_tax_share,rnd_intensity,researchers_per_10k,universities,venture_firms";

  private RegionalPanelGenerator() {}

  /** The CSV text (UTF-8, LF line ends, header first) for {@code seed}. */
  public static String generate(long seed) {
    SeededRandom rng = new SeededRandom(seed);
    StringBuilder out = new StringBuilder(HEADER).append('\n');
    for (Region r : Region.ALL) {
      double regionEffect = REGION_EFFECT_SD * rng.normal();
      Ar1 reliance = Ar1.start(0.6, 1.5, rng);
      Ar1 autonomy = Ar1.start(0.5, 2.5, rng);
      Ar1 rnd = Ar1.start(0.7, 0.07, rng);
      Ar1 ventures = Ar1.start(0.6, 0.08, rng);
      Ar1 growthError = Ar1.stationary(GROWTH_RHO, r.growthSd(), rng);
      int universityChange = 0;
      double grdpPerCapita = r.grdpPerCapitaBefore();
      for (int year = r.firstYear(); year <= LAST_YEAR; year++) {
        int s = year - r.firstYear();
        if (s > 0) {
          reliance.step(rng);
          autonomy.step(rng);
          rnd.step(rng);
          ventures.step(rng);
          growthError.step(rng);
          double u = rng.uniform();
          universityChange += u < 0.08 ? -1 : (u > 0.92 ? 1 : 0);
        }
        double population =
            Decimals.round(
                r.population0() * StrictMath.exp(r.populationGrowth() * s + 0.004 * rng.normal()),
                1);
        double selfReliance =
            Decimals.round(clamp(r.selfReliance0() - 0.5 * s + reliance.value, 8, 95), 2);
        double fiscalAutonomy =
            Decimals.round(
                clamp(48 + 0.32 * selfReliance + r.autonomyShift() + autonomy.value, 40, 90), 2);
        double localTaxShare =
            Decimals.round(clamp(3 + 0.55 * selfReliance + 2.0 * rng.normal(), 3, 70), 2);
        double rndIntensity = Decimals.round(r.rnd0() * StrictMath.exp(0.035 * s + rnd.value), 3);
        double researchers =
            Decimals.round(
                r.researchers0() * StrictMath.exp(0.04 * s + 0.3 * rnd.value + 0.08 * rng.normal()),
                2);
        int universities = Math.max(1, r.universities0() + universityChange);
        long ventureFirms =
            StrictMath.round(r.ventures0() * StrictMath.exp(0.06 * s + ventures.value));
        double lnMu =
            B_CONS
                + B_AUTONOMY * fiscalAutonomy
                + B_RND * rndIntensity
                + B_RESEARCHERS * researchers
                + B_UNIVERSITIES * universities
                + B_VENTURES_PER_1000 * ventureFirms / 1000.0;
        double alpha = StrictMath.exp(G_CONS + G_METRO * r.metro());
        long patents = rng.negativeBinomial2(StrictMath.exp(lnMu), alpha);
        if (patents <= 0) {
          throw new IllegalStateException(
              "zero patents for " + r.en() + " " + year + ": choose another seed");
        }
        double perTenThousand = Decimals.round(patents * 10.0 / population, 4);
        double lnPerTenThousand = Decimals.round(StrictMath.log(perTenThousand), 6);
        double growth =
            Decimals.round(
                C_CONS
                    + C_LN_PATENTS * lnPerTenThousand
                    + C_AUTONOMY * fiscalAutonomy
                    + regionEffect
                    + growthError.value,
                3);
        grdpPerCapita = grdpPerCapita * (1 + growth / 100);
        double grdpPerCapitaShown = Decimals.round(grdpPerCapita, 3);
        double grdp = grdpPerCapitaShown * population / 1000.0;
        out.append(r.en())
            .append(',')
            .append(r.ko())
            .append(',')
            .append(year)
            .append(',')
            .append(r.metro())
            .append(',')
            .append(Decimals.text(population, 1))
            .append(',')
            .append(Decimals.text(grdp, 3))
            .append(',')
            .append(Decimals.text(grdpPerCapitaShown, 3))
            .append(',')
            .append(Decimals.text(growth, 3))
            .append(',')
            .append(patents)
            .append(',')
            .append(Decimals.text(perTenThousand, 4))
            .append(',')
            .append(Decimals.text(lnPerTenThousand, 6))
            .append(',')
            .append(Decimals.text(fiscalAutonomy, 2))
            .append(',')
            .append(Decimals.text(selfReliance, 2))
            .append(',')
            .append(Decimals.text(localTaxShare, 2))
            .append(',')
            .append(Decimals.text(rndIntensity, 3))
            .append(',')
            .append(Decimals.text(researchers, 2))
            .append(',')
            .append(universities)
            .append(',')
            .append(ventureFirms)
            .append('\n');
      }
    }
    return out.toString();
  }

  private static double clamp(double x, double lo, double hi) {
    return Math.max(lo, Math.min(hi, x));
  }

  /** A zero-mean AR(1) state: x_t = rho x_(t-1) + sd z_t. */
  private static final class Ar1 {
    private final double rho;
    private final double innovationSd;
    double value;

    private Ar1(double rho, double innovationSd, double value) {
      this.rho = rho;
      this.innovationSd = innovationSd;
      this.value = value;
    }

    /** Starts from the stationary distribution given the innovation SD. */
    static Ar1 start(double rho, double innovationSd, SeededRandom rng) {
      return new Ar1(
          rho, innovationSd, innovationSd / StrictMath.sqrt(1 - rho * rho) * rng.normal());
    }

    /** Starts from the stationary distribution with marginal SD {@code sd}; innovations keep it. */
    static Ar1 stationary(double rho, double sd, SeededRandom rng) {
      return new Ar1(rho, sd * StrictMath.sqrt(1 - rho * rho), sd * rng.normal());
    }

    void step(SeededRandom rng) {
      value = rho * value + innovationSd * rng.normal();
    }
  }
}
