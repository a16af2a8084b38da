package io.shixiao.notification.delivery;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Sends through an SMS gateway's HTTP API: {@code POST {url}} with a JSON body {@code {"reference":
 * …, "mobile": …, "text": …}} and {@code Authorization: Bearer {token}}; a 2xx answer is accepted, its
 * {@code messageId} (if any) logged; anything else, or no answer within the timeout, is a failure the
 * dispatcher retries. A gateway with another contract needs an adapter of its own (see
 * {@code docs/notification.md}).
 */
public class HttpSmsGatewaySender implements SmsSender {

    private final HttpClient http;
    private final URI url;
    private final String token;
    private final Duration timeout;
    private final ObjectMapper json;

    public HttpSmsGatewaySender(URI url, String token, Duration timeout, ObjectMapper json) {
        this.url = url;
        this.token = token;
        this.timeout = timeout;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public String send(OutgoingSms sms) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reference", sms.reference());
        body.put("mobile", sms.mobile());
        body.put("text", sms.text());
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SendFailedException("gateway unreachable: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SendFailedException("interrupted while sending", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new SendFailedException("gateway answered HTTP " + response.statusCode());
        }
        return messageId(response.body(), sms.reference());
    }

    private String messageId(String body, long reference) {
        try {
            JsonNode node = json.readTree(body);
            JsonNode id = node == null ? null : node.get("messageId");
            return id == null || id.isNull() ? "http-" + reference : id.asString();
        } catch (RuntimeException e) {
            return "http-" + reference;
        }
    }
}
