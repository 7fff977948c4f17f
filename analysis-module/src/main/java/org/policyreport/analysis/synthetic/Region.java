package org.policyreport.analysis.synthetic;

import java.util.List;

/**
 * One of the 17 Korean first-tier regions with the starting values of the synthetic panel. The
 * starting values are rough, rounded magnitudes chosen to look plausible; they are not statistics.
 *
 * @param metro 1 for the eight city-type units (special, metropolitan and special self-governing
 *     cities), 0 for the nine provinces
 * @param firstYear first year in the panel (Sejong was created in 2012)
 * @param population0 population in thousands in the first year
 * @param populationGrowth annual growth rate of population (log points)
 * @param grdpPerCapitaBefore GRDP per capita (million won) in the year before the first year
 * @param selfReliance0 fiscal self-reliance (%) level in the first year
 * @param autonomyShift region shift of fiscal autonomy (percentage points)
 * @param rnd0 R&amp;D intensity (% of GRDP) in the first year
 * @param researchers0 researchers per 10,000 population in the first year
 * @param universities0 number of universities in the first year
 * @param ventures0 number of venture firms in the first year
 * @param growthSd standard deviation of the growth equation's AR(1) error in this region
 */
record Region(
    String en,
    String ko,
    int metro,
    int firstYear,
    double population0,
    double populationGrowth,
    double grdpPerCapitaBefore,
    double selfReliance0,
    double autonomyShift,
    double rnd0,
    double researchers0,
    int universities0,
    double ventures0,
    double growthSd) {

  static final List<Region> ALL =
      List.of(
          new Region(
              "Seoul", "서울특별시", 1, 2005, 10170, -0.0025, 23.0, 90, 0, 3.2, 60, 50, 5200, 0.8),
          new Region("Busan", "부산광역시", 1, 2005, 3640, -0.004, 14.5, 62, 2, 1.0, 18, 23, 700, 0.8),
          new Region("Daegu", "대구광역시", 1, 2005, 2530, -0.002, 12.5, 60, 2, 1.4, 20, 11, 550, 0.8),
          new Region("Incheon", "인천광역시", 1, 2005, 2600, 0.011, 16.0, 70, 0, 2.2, 22, 8, 600, 1.0),
          new Region("Gwangju", "광주광역시", 1, 2005, 1420, 0.004, 14.0, 50, 3, 1.8, 25, 17, 350, 0.9),
          new Region("Daejeon", "대전광역시", 1, 2005, 1450, 0.004, 15.0, 58, 3, 9.5, 150, 17, 600, 0.9),
          new Region("Ulsan", "울산광역시", 1, 2005, 1090, 0.006, 43.0, 68, 1, 1.1, 20, 5, 200, 2.2),
          new Region("Sejong", "세종특별자치시", 1, 2012, 115, 0.18, 22.0, 45, 4, 2.5, 40, 2, 60, 2.5),
          new Region(
              "Gyeonggi", "경기도", 0, 2005, 10600, 0.015, 19.0, 72, -2, 6.5, 65, 60, 4800, 1.0),
          new Region("Gangwon", "강원도", 0, 2005, 1510, 0.0, 16.5, 26, 8, 0.7, 12, 18, 170, 1.3),
          new Region("Chungbuk", "충청북도", 0, 2005, 1500, 0.006, 19.0, 32, 7, 2.4, 20, 16, 350, 1.4),
          new Region("Chungnam", "충청남도", 0, 2005, 1960, 0.007, 29.0, 36, 6, 3.0, 20, 24, 450, 1.6),
          new Region("Jeonbuk", "전라북도", 0, 2005, 1880, -0.002, 14.5, 23, 8, 1.2, 12, 19, 250, 1.2),
          new Region("Jeonnam", "전라남도", 0, 2005, 1910, -0.005, 26.0, 18, 9, 0.6, 8, 20, 230, 1.5),
          new Region(
              "Gyeongbuk", "경상북도", 0, 2005, 2690, -0.001, 24.0, 28, 7, 1.9, 16, 35, 450, 1.4),
          new Region("Gyeongnam", "경상남도", 0, 2005, 3180, 0.005, 21.0, 40, 5, 2.0, 16, 23, 550, 1.2),
          new Region("Jeju", "제주특별자치도", 0, 2005, 560, 0.012, 15.5, 27, 8, 0.5, 10, 5, 90, 1.6));
}
