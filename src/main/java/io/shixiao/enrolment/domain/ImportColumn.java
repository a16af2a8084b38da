package io.shixiao.enrolment.domain;

/** The columns of the household workbook, in the template's order, with their Chinese headers. */
public enum ImportColumn {
    HEAD_NAME("户主姓名", true),
    HEAD_ID("身份证号", true),
    REGISTER_NO("户口簿编号", true),
    MEMBERS("家庭人口", true),
    VILLAGE_CODE("村代码", true),
    ADDRESS("详细地址", true),
    STRUCTURE("房屋结构", true),
    YEAR_BUILT("建造年份", true),
    FLOOR_AREA("建筑面积(㎡)", true),
    CATEGORY("户类别", true),
    TOP_UP("自愿补缴", false),
    BANK_ACCOUNT("银行账号", true),
    PHONE("联系电话", true);

    private final String header;
    private final boolean required;

    ImportColumn(String header, boolean required) {
        this.header = header;
        this.required = required;
    }

    public String header() {
        return header;
    }

    public boolean required() {
        return required;
    }

    /** The column a header cell names, ignoring surrounding spaces. */
    public static ImportColumn byHeader(String text) {
        if (text == null) {
            return null;
        }
        String wanted = text.strip();
        for (ImportColumn column : values()) {
            if (column.header.equals(wanted)) {
                return column;
            }
        }
        return null;
    }
}
