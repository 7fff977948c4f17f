package org.policyreport.analysis.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.policyreport.contract.InputException;

class TextDecodingTest {
  private static final Charset CP949 = Charset.forName("x-windows-949");
  private static final String CSV = "지역,연도,특허\n서울,2015,10\n부산,2015,20\n";

  private static DataTable read(byte[] bytes, Charset cs) {
    return TextDecoding.readCsv("t", bytes, "k.csv", cs, MissingMarkers.DEFAULT);
  }

  @Test
  void cp949BytesWithoutAnEncodingFailNamingTheLineAndSuggestingCp949() {
    byte[] bytes = ("region,year\nSeoul,2015\n" + "부산,2015\n").getBytes(CP949);
    assertThatThrownBy(() -> read(bytes, null))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "k.csv line 3: not UTF-8; it reads as Korean CP949 (EUC-KR) text: add 'encoding:"
                + " cp949' to its data source");
  }

  @Test
  void bytesThatAreNeitherUtf8NorCp949AskForTheEncoding() {
    byte[] bytes = {'a', '\n', (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, '\n'};
    assertThatThrownBy(() -> read(bytes, null))
        .hasMessageStartingWith("k.csv line 2: not UTF-8; save it as UTF-8 or name its encoding");
  }

  @Test
  void declaredCp949ReadsKoreanNamesAndHashesTheFileAsItIs() {
    byte[] bytes = CSV.getBytes(CP949);
    DataTable t = read(bytes, TextDecoding.charset("cp949"));
    assertThat(t.columnNames()).containsExactly("지역", "연도", "특허");
    assertThat(t.labels("지역")).containsExactly("서울", "부산");
    assertThat(t.sha256()).isEqualTo(Sha256.hex(bytes));
  }

  @Test
  void aUtf16ByteOrderMarkIsEnoughWithoutAnEncoding() {
    DataTable le = read(("\uFEFF" + CSV).getBytes(StandardCharsets.UTF_16LE), null);
    DataTable be = read(CSV.getBytes(StandardCharsets.UTF_16), null);
    assertThat(le.labels("지역")).containsExactly("서울", "부산");
    assertThat(be.numeric("특허")).containsExactly(10, 20);
  }

  @Test
  void aByteOrderMarkThatContradictsTheDeclaredEncodingIsAnError() {
    byte[] bytes = ("\uFEFF" + CSV).getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> read(bytes, TextDecoding.charset("cp949")))
        .hasMessage(
            "k.csv: the file starts with a UTF-8 byte-order mark, but its data source says"
                + " 'encoding: cp949' (remove the encoding key or correct it)");
  }

  @Test
  void aBadByteInADeclaredEncodingNamesItsLine() {
    byte[] good = "a,b\n1,2\n".getBytes(StandardCharsets.US_ASCII);
    byte[] bytes = new byte[good.length + 3];
    System.arraycopy(good, 0, bytes, 0, good.length);
    bytes[good.length] = (byte) 0xC9; // a lead byte with no valid trail
    bytes[good.length + 1] = (byte) 0x0A;
    bytes[good.length + 2] = '3';
    assertThatThrownBy(() -> read(bytes, TextDecoding.charset("euc-kr")))
        .hasMessage("k.csv line 3: not valid euc-kr text (check the file's 'encoding:')");
  }

  @Test
  void encodingNamesAreTheUsualOnes() {
    assertThat(TextDecoding.charset("CP949")).isEqualTo(CP949);
    assertThat(TextDecoding.charset("ms949")).isEqualTo(CP949);
    assertThat(TextDecoding.charset("EUC-KR").name()).isEqualTo("EUC-KR");
    assertThat(TextDecoding.charset(" utf-8 ")).isEqualTo(StandardCharsets.UTF_8);
    assertThat(TextDecoding.charset("latin-1")).isNull();
  }

  @Test
  void excelsTabSeparatedUnicodeTextIsNamedAsSuch() {
    byte[] bytes = ("\uFEFF" + CSV.replace(',', '\t')).getBytes(StandardCharsets.UTF_16LE);
    assertThatThrownBy(() -> read(bytes, null))
        .hasMessage(
            "k.csv line 1: the columns are separated by tabs (as Excel's \"Unicode text\" saves"
                + " them); save the sheet as CSV, or give the .xlsx workbook itself");
  }
}
