package io.shixiao.customer.web;

import io.shixiao.customer.CustomerFiles;
import io.shixiao.customer.CustomerKey;
import io.shixiao.customer.SearchesExhaustedException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The one-customer search. A POST with the key in a JSON body, not a GET with a query string: the search
 * writes audit entries (a GET must not change anything, and is prefetched and cached), and an ID number or a
 * mobile in a URL lands in access logs, proxy logs and browser history, which no audit trail governs.
 */
@RestController
@RequestMapping("/api/v1/customers")
@Tag(name = "Customers 客户", description = "一户一页：一位客户的保单、赔案、咨询、投诉、回访及全部时效（查询留痕）")
@PreAuthorize(Access.SEARCHERS)
class CustomerApi {

    static final String REQUEST_EXAMPLE = """
            {"idNumber":"11010519491231002X"}
            """;

    static final String RESPONSE_EXAMPLE = """
            {"foundBy":"idNumber","key":"110105********002X","found":true,"openClocks":2,
             "policies":[{"policyNo":"AL2026MOT0000001","productLine":"MOTOR","status":"IN_FORCE",
               "periodStart":"2026-02-28T16:00:00Z","periodEnd":"2027-02-28T16:00:00Z","insuredName":"张*",
               "insuredIdNumber":"110105********002X","plate":"浙AD12345","clocks":[]}],
             "claims":[{"claimNo":"CLM202610120000042","policyNo":"AL2026MOT0000001","kind":"MOTOR_OWN_DAMAGE",
               "status":"DISPATCHED","lossAt":"2026-10-12T01:40:00Z","reportedAt":"2026-10-12T02:00:00Z",
               "amount":0,"clocks":[{"id":"0b6f0c52-9a51-4d0e-a1de-3f0f4ad7c2f1","standardCode":"ZJ-ARRIVE",
               "title":"查勘员到达现场","step":"CLAIM_ARRIVAL","state":"RUNNING","open":true,
               "startedAt":"2026-10-12T02:03:00Z","deadline":"2026-10-12T02:33:00Z","pausedSince":null,
               "stoppedAt":null}]}],
             "consultations":[],"complaints":[],"callbacks":[]}
            """;

    private final CustomerFiles files;

    CustomerApi(CustomerFiles files) {
        this.files = files;
    }

    /** Exactly one key: a resident ID number, a mobile or a policy number. */
    record SearchRequest(
            @Nullable @Size(max = 20) String idNumber,
            @Nullable @Size(max = 20) String mobile,
            @Nullable @Size(max = 64) String policyNo) {}

    @Operation(
            summary = "Find one customer's records by ID number, mobile or policy number (audited)",
            description = "一户一页。请求体给出 idNumber、mobile、policyNo 之一（身份证校验码、手机号格式不符时 400，"
                    + "problem+json 指明字段）。按调用者的数据范围返回该客户的保单、赔案（含状态）、咨询、投诉、回访，"
                    + "以及这些案件的全部时钟（截止时间和状态取自时效引擎）；个人信息一律脱敏。只匹配到其他保险公司记录时"
                    + "与查无此人相同（found=false）。每次查询（含未命中）和展示的每条记录都写入审计日志；"
                    + "每人每小时查询次数有上限（超出 429）。坐席、理赔处理、投诉专员、回访员、管理人员可用。",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            examples = @ExampleObject(name = "by ID number", value = REQUEST_EXAMPLE))),
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                                            examples = @ExampleObject(name = "found", value = RESPONSE_EXAMPLE))))
    @PostMapping("/search")
    CustomerResponse search(@Valid @RequestBody SearchRequest request) {
        CustomerKey key = CustomerKey.of(request.idNumber(), request.mobile(), request.policyNo());
        return CustomerResponse.of(files.find(key, "api"));
    }

    @ExceptionHandler(SearchesExhaustedException.class)
    ResponseEntity<ProblemDetail> exhausted(SearchesExhaustedException e) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
        body.setTitle("查询过于频繁 Too many searches");
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(
                        HttpHeaders.RETRY_AFTER,
                        String.valueOf(Math.max(1, e.retryAfter().toSeconds())))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }
}
