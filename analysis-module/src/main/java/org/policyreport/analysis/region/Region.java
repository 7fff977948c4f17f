package org.policyreport.analysis.region;

import java.util.List;

/**
 * A 시·도 (first-level region). The code is the two-digit 시도 part of the 행정표준코드 (법정동코드) as the
 * Ministry of the Interior and Safety keeps it today, with the codes changed by the 2023 (강원특별자치도,
 * 42 → 51) and 2024 (전북특별자치도, 45 → 52) reorganizations; the former codes are accepted as spellings
 * too. Statistics Korea's own classification (11, 21, 22, …, 39) is not accepted, because its
 * numbers collide with these (its 26 is 울산, here 부산).
 *
 * @param id the id tables and results use (the short English name)
 * @param code the current 법정동코드 시도 code
 * @param nameKo the current official Korean name
 * @param shortKo the short Korean name (서울, 부산, …)
 * @param nameEn the English name
 * @param aliases other spellings: former names and codes, romanizations
 */
public record Region(
    String id, String code, String nameKo, String shortKo, String nameEn, List<String> aliases) {
  public Region {
    aliases = List.copyOf(aliases);
  }

  /** The 17 시·도 in the order of their codes before 2023, which is how KOSIS lists them. */
  public static final List<Region> STANDARD =
      List.of(
          new Region(
              "Seoul",
              "11",
              "서울특별시",
              "서울",
              "Seoul",
              List.of("서울시", "Seoul Metropolitan City", "Seoul-si")),
          new Region(
              "Busan",
              "26",
              "부산광역시",
              "부산",
              "Busan",
              List.of("부산시", "Pusan", "Busan Metropolitan City", "Busan-si")),
          new Region(
              "Daegu",
              "27",
              "대구광역시",
              "대구",
              "Daegu",
              List.of("대구시", "Taegu", "Daegu Metropolitan City")),
          new Region(
              "Incheon",
              "28",
              "인천광역시",
              "인천",
              "Incheon",
              List.of("인천시", "Inchon", "Incheon Metropolitan City")),
          new Region(
              "Gwangju",
              "29",
              "광주광역시",
              "광주",
              "Gwangju",
              List.of("Kwangju", "Gwangju Metropolitan City")),
          new Region(
              "Daejeon",
              "30",
              "대전광역시",
              "대전",
              "Daejeon",
              List.of("대전시", "Taejon", "Daejeon Metropolitan City")),
          new Region(
              "Ulsan", "31", "울산광역시", "울산", "Ulsan", List.of("울산시", "Ulsan Metropolitan City")),
          new Region(
              "Sejong",
              "36",
              "세종특별자치시",
              "세종",
              "Sejong",
              List.of("세종시", "Sejong City", "Sejong Special Self-Governing City")),
          new Region(
              "Gyeonggi",
              "41",
              "경기도",
              "경기",
              "Gyeonggi",
              List.of("Gyeonggi-do", "Kyonggi", "Gyeonggi Province")),
          new Region(
              "Gangwon",
              "51",
              "강원특별자치도",
              "강원",
              "Gangwon",
              List.of("강원도", "42", "Gangwon-do", "Kangwon", "Gangwon Province", "Gangwon State")),
          new Region(
              "Chungbuk",
              "43",
              "충청북도",
              "충북",
              "Chungbuk",
              List.of("Chungcheongbuk-do", "North Chungcheong", "North Chungcheong Province")),
          new Region(
              "Chungnam",
              "44",
              "충청남도",
              "충남",
              "Chungnam",
              List.of("Chungcheongnam-do", "South Chungcheong", "South Chungcheong Province")),
          new Region(
              "Jeonbuk",
              "52",
              "전북특별자치도",
              "전북",
              "Jeonbuk",
              List.of(
                  "전라북도",
                  "45",
                  "Jeollabuk-do",
                  "North Jeolla",
                  "North Jeolla Province",
                  "Jeonbuk State")),
          new Region(
              "Jeonnam",
              "46",
              "전라남도",
              "전남",
              "Jeonnam",
              List.of("Jeollanam-do", "South Jeolla", "South Jeolla Province")),
          new Region(
              "Gyeongbuk",
              "47",
              "경상북도",
              "경북",
              "Gyeongbuk",
              List.of("Gyeongsangbuk-do", "North Gyeongsang", "North Gyeongsang Province")),
          new Region(
              "Gyeongnam",
              "48",
              "경상남도",
              "경남",
              "Gyeongnam",
              List.of("Gyeongsangnam-do", "South Gyeongsang", "South Gyeongsang Province")),
          new Region(
              "Jeju",
              "50",
              "제주특별자치도",
              "제주",
              "Jeju",
              List.of(
                  "제주도",
                  "Jeju-do",
                  "Cheju",
                  "Jeju Province",
                  "Jeju Special Self-Governing Province")));

  /** Every spelling of this region: id, code, names and aliases. */
  public List<String> spellings() {
    List<String> out = new java.util.ArrayList<>(List.of(id, code, nameKo, shortKo, nameEn));
    out.addAll(aliases);
    return out;
  }
}
