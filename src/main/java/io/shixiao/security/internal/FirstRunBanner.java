package io.shixiao.security.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells whoever ran {@code ./mvnw spring-boot:run} where to go and how to sign in. */
@Component
@ConditionalOnBooleanProperty(name = "shixiao.demo-data", matchIfMissing = true)
class FirstRunBanner {

    private static final Logger log = LoggerFactory.getLogger(FirstRunBanner.class);

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
            return;
        }
        int port = web.getWebServer().getPort();
        log.info("""

        ============================================================
          时效 Shixiao 已启动 is running:  http://localhost:{}
          演示账号 Demo accounts (密码 password: {}):
            admin                          平台管理员 platform administrator
            anlan.<role> / hengtai.<role>  浙江分公司各岗位 each role at the Zhejiang branch
              <role> = agent, dispatcher, surveyor, assessor, claims-handler,
                       complaint-handler, callback-agent, manager, quality-inspector
            anlan.huzhu.<role>             互助支公司各岗位（承办互助县农房保险） the Huzhu unit running the rural housing scheme
            zj.association, ln.association, ts.association   行业协会 associations
            huzhu.county                   互助县应急管理局 county authority
          API: http://localhost:{}/api/docs
        ============================================================""", port, DemoAccounts.PASSWORD, port);
    }
}
