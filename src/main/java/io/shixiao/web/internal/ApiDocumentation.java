package io.shixiao.web.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description served at {@code /api/docs}. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI shixiaoOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("时效 Shixiao API")
                        .version("v1")
                        .description("保险客户服务与理赔限时办结平台。HTTP Basic 认证；错误以 RFC 9457 application/problem+json 返回，"
                                + "errors 列出出错字段。 Insurance service and claims with statutory time limits. HTTP Basic;"
                                + " errors are RFC 9457 problem+json naming the offending fields.")
                        .license(new License().name("Apache-2.0")))
                .components(new Components()
                        .addSecuritySchemes(
                                "basic",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
