package org.policyreport.analysis.synthetic;

import java.util.List;

/**
 * A policy item of the synthetic expert survey with its latent importance and performance means (on
 * the 1-5 scale, before rounding) and the group-specific shift of its importance.
 *
 * @param theme "fiscal" items get a higher importance from local governments and a lower one from
 *     the central government; "business" items a higher importance from businesses
 */
record SurveyItem(
    String id, String en, String ko, double importance, double performance, String theme) {

  static final List<SurveyItem> ALL =
      List.of(
          new SurveyItem(
              "fiscal_autonomy",
              "Fiscal autonomy of local governments",
              "지방정부 재정자율성 확대",
              4.4,
              2.6,
              "fiscal"),
          new SurveyItem(
              "local_tax_base", "Expansion of the local tax base", "지방세 세원 확충", 4.2, 2.5, "fiscal"),
          new SurveyItem(
              "admin_authority",
              "Transfer of administrative authority to regions",
              "중앙권한의 지방 이양",
              4.0,
              2.7,
              "fiscal"),
          new SurveyItem(
              "regional_rnd", "Region-led R&D investment", "지역 주도 R&D 투자 확대", 4.3, 2.9, "none"),
          new SurveyItem(
              "university_industry",
              "University-industry collaboration",
              "산학협력 활성화",
              4.1,
              2.8,
              "business"),
          new SurveyItem(
              "innovation_cluster",
              "Regional innovation clusters",
              "지역 혁신클러스터 육성",
              3.9,
              3.0,
              "none"),
          new SurveyItem(
              "venture_support",
              "Support for start-ups and venture firms",
              "창업·벤처기업 지원",
              4.0,
              3.4,
              "business"),
          new SurveyItem(
              "talent_retention",
              "Attracting and retaining talent in the regions",
              "지역 인재 유치·정착",
              4.5,
              2.4,
              "none"),
          new SurveyItem(
              "innovation_network",
              "Regional innovation networks",
              "지역 혁신네트워크 구축",
              3.5,
              2.75,
              "none"),
          new SurveyItem(
              "governance_partnership",
              "Central-local cooperative governance",
              "중앙-지방 협력 거버넌스",
              3.5,
              3.0,
              "none"),
          new SurveyItem(
              "balanced_growth_fund",
              "Balanced national development special account",
              "국가균형발전특별회계 확충",
              3.8,
              3.5,
              "fiscal"),
          new SurveyItem(
              "regional_data_infra",
              "Regional data infrastructure",
              "지역 데이터 인프라 구축",
              3.4,
              3.6,
              "none"));
}
