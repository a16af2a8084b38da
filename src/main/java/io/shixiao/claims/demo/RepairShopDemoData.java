package io.shixiao.claims.demo;

import io.shixiao.organization.InsurerView;
import io.shixiao.organization.OrganizationDirectory;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Repair shops for every demo insurer in the demo regions (杭州, 绍兴, 陇南, 天水, 海东), with real county division
 * codes and every qualification class, so that a recommendation shows 一类 and 二类 shops and leaves the 三类 ones
 * out (浙江规范第七章 2.3.8). Runs once per database, after the organisation's demo data.
 */
@Component
@Order(61)
@ConditionalOnBooleanProperty(name = "shixiao.demo-data", matchIfMissing = true)
class RepairShopDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RepairShopDemoData.class);

    private record DemoShop(String name, String division, int qualificationClass, String contact) {}

    private static final List<DemoShop> SHOPS = List.of(
            new DemoShop("杭州西湖汽车修理厂", "330106", 1, "0571-87010001"),
            new DemoShop("杭州文三路汽车维修中心", "330106", 2, "0571-87010002"),
            new DemoShop("西湖快修店", "330106", 3, "0571-87010003"),
            new DemoShop("萧山汽车维修有限公司", "330109", 2, "0571-82010004"),
            new DemoShop("绍兴越城汽车修理厂", "330602", 1, "0575-85010005"),
            new DemoShop("武都汽车维修厂", "621202", 2, "0939-82010006"),
            new DemoShop("武都路边快修", "621202", 3, "0939-82010007"),
            new DemoShop("天水秦州汽车修理厂", "620502", 1, "0938-82010008"),
            new DemoShop("互助县汽车维修中心", "630223", 2, "0972-83010009"),
            new DemoShop("乐都汽车快修", "630202", 3, "0972-86010010"));

    private final JdbcClient jdbc;
    private final OrganizationDirectory organization;
    private final Clock clock;

    RepairShopDemoData(JdbcClient jdbc, OrganizationDirectory organization, Clock clock) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from repair_shop").query(Long.class).single() > 0) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        int written = 0;
        for (InsurerView insurer : organization.insurers()) {
            for (DemoShop shop : SHOPS) {
                written += jdbc.sql("""
                                insert into repair_shop (insurer_id, name, division_code, qualification_class, contact,
                                                         updated_by, updated_at)
                                values (:insurer, :name, :division, :class, :contact, 'system', :now)""")
                        .param("insurer", insurer.id())
                        .param("name", shop.name())
                        .param("division", shop.division())
                        .param("class", shop.qualificationClass())
                        .param("contact", shop.contact())
                        .param("now", now)
                        .update();
            }
        }
        log.info("Demo repair shops written: {}", written);
    }
}
