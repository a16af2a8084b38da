package io.shixiao.shared.division;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DivisionsTests {

    private static final Divisions DIVISIONS = Divisions.packaged();

    @Test
    void theFullNameRunsFromTheProvinceDown() {
        assertThat(DIVISIONS.fullName("330106")).isEqualTo("浙江省杭州市西湖区");
        assertThat(DIVISIONS.fullName("630223100")).isEqualTo("青海省海东市互助土族自治县威远镇");
    }

    @Test
    void ancestorsStartAtTheProvince() {
        assertThat(DIVISIONS.ancestors(DivisionCode.of("621202001")).stream()
                        .map(d -> d.code().value()))
                .containsExactly("62", "6212", "621202");
    }

    @Test
    void childrenAreTheDivisionsOneLevelDown() {
        assertThat(DIVISIONS.children(DivisionCode.of("3301")).stream().map(Division::name))
                .contains("西湖区", "萧山区", "上城区");
        assertThat(DIVISIONS.find("621202").orElseThrow().level()).isEqualTo(DivisionLevel.COUNTY);
    }

    @Test
    void repeatedLinesAreReadOnce() throws IOException {
        String csv = "code,name,level,parent_code\r\n33,浙江省,province,\r\n3301,杭州市,city,33\r\n3301,杭州市,city,33\r\n";
        Divisions divisions = Divisions.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(divisions.size()).isEqualTo(2);
        assertThat(divisions.children(DivisionCode.of("33"))).hasSize(1);
    }

    @Test
    void anUnknownCodeHasNoDivisionAndShowsAsItself() {
        assertThat(DIVISIONS.find("999999")).isEmpty();
        assertThat(DIVISIONS.fullName("999999")).isEqualTo("999999");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"3", "330", "33010", "3301060", "33010610", "3301061001", "33010610012", "abcd", "3301061001234"
            })
    void aDivisionCodeHas2Or4Or6Or9Or12Digits(String value) {
        assertThatThrownBy(() -> DivisionCode.of(value)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCodeCoversTheCodesInside() {
        assertThat(DivisionCode.of("6302").covers(DivisionCode.of("630223100"))).isTrue();
        assertThat(DivisionCode.of("630223100").covers(DivisionCode.of("6302"))).isFalse();
        assertThat(DivisionCode.of("630223100").parent()).contains(DivisionCode.of("630223"));
    }
}
