package io.shixiao.organization.web;

import io.shixiao.organization.ZoneKind;
import io.shixiao.organization.domain.Zone;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The zone form of the 区域 page; the covered divisions are typed as codes separated by spaces or commas. */
public class ZoneForm extends UnitRecordForm {

    @NotBlank
    @Size(max = 100)
    private String name;

    @NotNull
    private ZoneKind kind;

    @NotBlank
    @Size(max = 6000)
    @Pattern(
            regexp =
                    "[\\s,，、]*(\\d{2}|\\d{4}|\\d{6}|\\d{9}|\\d{12})([\\s,，、]+(\\d{2}|\\d{4}|\\d{6}|\\d{9}|\\d{12}))*[\\s,，、]*")
    private String divisionCodes;

    static ZoneForm of(Zone zone) {
        ZoneForm form = new ZoneForm();
        form.setVersion(zone.version());
        form.setOrgUnitId(zone.orgUnitId());
        form.name = zone.name();
        form.kind = zone.kind();
        form.divisionCodes =
                zone.divisions().stream().sorted().map(d -> d.value()).collect(Collectors.joining(" "));
        return form;
    }

    List<String> codes() {
        return Arrays.stream(divisionCodes.split("[\\s,，、]+"))
                .filter(s -> !s.isBlank())
                .toList();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ZoneKind getKind() {
        return kind;
    }

    public void setKind(ZoneKind kind) {
        this.kind = kind;
    }

    public String getDivisionCodes() {
        return divisionCodes;
    }

    public void setDivisionCodes(String divisionCodes) {
        this.divisionCodes = divisionCodes;
    }
}
