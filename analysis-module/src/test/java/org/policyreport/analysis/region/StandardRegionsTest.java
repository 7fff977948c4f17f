package org.policyreport.analysis.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.policyreport.analysis.data.CsvReader;
import org.policyreport.analysis.data.DataTable;
import org.policyreport.contract.InputException;

class StandardRegionsTest {
  @Test
  void everySpellingOfARegionMapsToOneId() {
    for (String s :
        new String[] {
          "강원특별자치도", "강원도", "강원", "Gangwon", "Gangwon-do", "gangwon do", "51", "42", "Kangwon"
        }) {
      assertThat(StandardRegions.find(s)).as(s).extracting(Region::id).isEqualTo("Gangwon");
    }
    for (String s : new String[] {"전북특별자치도", "전라북도", "전북", "Jeonbuk", "52", "45", "North Jeolla"}) {
      assertThat(StandardRegions.find(s)).as(s).extracting(Region::id).isEqualTo("Jeonbuk");
    }
    assertThat(StandardRegions.find("세종")).extracting(Region::code).isEqualTo("36");
    assertThat(StandardRegions.find(" 서울특별시 ")).extracting(Region::nameEn).isEqualTo("Seoul");
    assertThat(StandardRegions.find("11")).extracting(Region::nameKo).isEqualTo("서울특별시");
    assertThat(StandardRegions.find("Pusan")).extracting(Region::shortKo).isEqualTo("부산");
  }

  @Test
  void theTableHasSeventeenRegionsWithDistinctIdsAndCodes() {
    Set<String> ids = new HashSet<>();
    Set<String> codes = new HashSet<>();
    for (Region r : Region.STANDARD) {
      ids.add(r.id());
      codes.add(r.code());
    }
    assertThat(Region.STANDARD).hasSize(17);
    assertThat(ids).hasSize(17);
    assertThat(codes)
        .containsExactlyInAnyOrder(
            "11", "26", "27", "28", "29", "30", "31", "36", "41", "51", "43", "44", "52", "46",
            "47", "48", "50");
  }

  private static DataTable table(String csv) {
    return CsvReader.read("p", csv.getBytes(StandardCharsets.UTF_8), "p.csv");
  }

  @Test
  void applyingTheTableGivesIdsAndAddsKoreanNamesAndCodes() {
    DataTable t =
        StandardRegions.apply(table("시도,year,v\n강원도,2015,1\n강원특별자치도,2024,2\n서울,2015,-\n"), "시도");
    assertThat(t.columnNames()).containsExactly("시도", "year", "v", "시도_ko", "시도_code");
    assertThat(t.labels("시도")).containsExactly("Gangwon", "Gangwon", "Seoul");
    assertThat(t.labels("시도_ko")).containsExactly("강원특별자치도", "강원특별자치도", "서울특별시");
    assertThat(t.labels("시도_code")).containsExactly("51", "51", "11");
    assertThat(t.numericAllowingBlanks("v")).containsExactly(1, 2, Double.NaN);
    assertThatThrownBy(() -> t.numeric("v"))
        .hasMessage("p.csv line 4, column 3 (v): missing value");
  }

  @Test
  void anUnknownNameIsAnErrorListingTheCloseOnes() {
    assertThatThrownBy(() -> StandardRegions.apply(table("시도,v\n서울특벌시,1\n"), "시도"))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "p.csv line 2, column 1 (시도): '서울특벌시' is not a 시·도 name the standard table knows"
                + " (close: 서울특별시)");
    assertThatThrownBy(() -> StandardRegions.apply(table("시도,v\nGyeongi,1\n"), "시도"))
        .hasMessageContaining("(close: Gyeonggi");
  }

  @Test
  void theNationalTotalIsNamedAsSuch() {
    assertThatThrownBy(() -> StandardRegions.apply(table("시도,v\n전국,1\n"), "시도"))
        .hasMessage(
            "p.csv line 2, column 1 (시도): '전국' is the national total, not a 시·도: leave its"
                + " rows out of a regional panel");
  }
}
