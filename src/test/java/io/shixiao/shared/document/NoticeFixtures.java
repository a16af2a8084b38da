package io.shixiao.shared.document;

import io.shixiao.shared.document.Notice.Row;
import io.shixiao.shared.document.Notice.Section;
import java.util.List;
import java.util.stream.IntStream;

/** Sample notices with the text that is hard to print: rarer characters, amounts, dates. */
final class NoticeFixtures {

    static final String RARE_CHARACTERS_SENTENCE = "经鉴定，损失赅括于保险责任之外，本公司撤回前次冗余通知并不予赔付。";
    static final String NAME_OUTSIDE_GB2312 = "王喆";

    private NoticeFixtures() {}

    static Notice aDenialNotice() {
        return new Notice(
                "拒赔通知书",
                "赔案号：PDAA202633010000012345",
                "王喆 先生/女士：",
                List.of(
                        Section.of("拒赔理由", "您于2026年9月28日报案的车辆损失，本公司已依照保险合同约定进行核定。", RARE_CHARACTERS_SENTENCE),
                        Section.table(
                                "被保险人" + NAME_OUTSIDE_GB2312 + "的案件信息",
                                new Row("保单号", "PDAA2026330100000678"),
                                new Row("出险日期", "2026年9月27日"),
                                new Row("申请赔款金额", "¥12,345.67"),
                                new Row("核定赔款金额", "¥0.00")),
                        Section.of("救济途径", "如您对本决定有异议，可在收到本通知书之日起60日内向本公司申请复核，或向当地金融监管部门投诉（12378）。")),
                "依据《中华人民共和国保险法》第二十四条：保险人作出不属于保险责任的核定后，应当自作出核定之日起三日内发出拒绝赔偿保险金通知书，并说明理由。",
                List.of("某某财产保险股份有限公司杭州中心支公司", "2026年10月8日"));
    }

    static Notice aNoticeWithSections(int count) {
        List<Section> sections = IntStream.rangeClosed(1, count)
                .mapToObj(number -> Section.of("第" + number + "项说明", "本项说明用于检验分页与页码，内容重复以占满版面。".repeat(4)))
                .toList();
        return new Notice("赔付协议", "赔案号：PDAA202633010000099999", "", sections, "", List.of("2026年10月8日"));
    }
}
