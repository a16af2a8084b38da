package io.shixiao.shared.problem;

import io.shixiao.shared.input.RefusedInput;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every failure of an {@code /api/**} request into RFC 9457 {@code application/problem+json}:
 * the status, a title, a detail a person can act on and, for bad input, the offending fields under
 * {@code errors}. A client's mistake is never a 5xx and no response carries a stack trace.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Object> invalidInput(InvalidInputException e) {
        return problem(HttpStatus.BAD_REQUEST, "输入有误 Invalid input", e.getMessage(), e.fields());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "未找到 Not found", e.getMessage(), List.of());
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, "冲突 Conflict", e.getMessage(), e.fields());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Object> concurrentUpdate(OptimisticLockingFailureException e) {
        return problem(
                HttpStatus.CONFLICT,
                "记录已被他人修改 Concurrent update",
                "The record was changed by someone else since you read it; reload it and apply your change again.",
                List.of(new FieldProblem("version", "stale")));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException e) {
        List<FieldProblem> fields = new ArrayList<>();
        e.getConstraintViolations()
                .forEach(v ->
                        fields.add(new FieldProblem(leaf(v.getPropertyPath().toString()), v.getMessage())));
        return problem(HttpStatus.BAD_REQUEST, "输入有误 Invalid input", describe(fields), fields);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
        String field = e.getName();
        String rule = ruleOf(e);
        return problem(
                HttpStatus.BAD_REQUEST,
                "输入有误 Invalid input",
                "Parameter '" + field + "' " + (rule == null ? "has an invalid value" : rule) + ".",
                List.of(new FieldProblem(field, rule == null ? "invalid value" : rule)));
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ResponseEntity<Object> denied(RuntimeException e) {
        return problem(HttpStatus.FORBIDDEN, "无权限 Forbidden", "You are not allowed to do this.", List.of());
    }

    @ExceptionHandler(InvalidPropertyException.class)
    ResponseEntity<Object> invalidProperty(InvalidPropertyException e) {
        return problem(
                HttpStatus.BAD_REQUEST,
                "输入有误 Invalid input",
                "Field '" + e.getPropertyName() + "' cannot be bound (an index past the limit or a missing parent).",
                List.of(new FieldProblem(e.getPropertyName(), "cannot be bound")));
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> malformedMultipart(MultipartException e) {
        return problem(
                HttpStatus.BAD_REQUEST,
                "请求格式错误 Malformed request",
                "The multipart body could not be read.",
                List.of(new FieldProblem("body", "malformed multipart body")));
    }

    @ExceptionHandler(DataAccessException.class)
    ResponseEntity<Object> database(DataAccessException e) {
        HttpStatus status = DatabaseRefusal.statusOf(e);
        if (status == null) {
            return unexpected(e);
        }
        log.info(
                "Database refused a request's input: {}",
                e.getMostSpecificCause().getMessage());
        return problem(
                status,
                status == HttpStatus.CONFLICT ? "冲突 Conflict" : "输入有误 Invalid input",
                DatabaseRefusal.detailOf(status),
                List.of(new FieldProblem("body", status == HttpStatus.CONFLICT ? "conflict" : "not storable")));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        log.error("Unexpected failure of an API request", e);
        return problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "系统错误 Internal error",
                "The request could not be completed; it has been logged.",
                List.of());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> fields = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            fields.add(new FieldProblem(error.getField(), error.getDefaultMessage()));
        }
        e.getBindingResult()
                .getGlobalErrors()
                .forEach(error -> fields.add(new FieldProblem(error.getObjectName(), error.getDefaultMessage())));
        return problem(HttpStatus.BAD_REQUEST, "输入有误 Invalid input", describe(fields), fields);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> fields = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> {
            String name = result.getMethodParameter().getParameterName();
            result.getResolvableErrors()
                    .forEach(error -> fields.add(new FieldProblem(name, error.getDefaultMessage())));
        });
        return problem(HttpStatus.BAD_REQUEST, "输入有误 Invalid input", describe(fields), fields);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(
                HttpStatus.BAD_REQUEST,
                "输入有误 Invalid input",
                "Parameter '" + e.getParameterName() + "' is required.",
                List.of(new FieldProblem(e.getParameterName(), "required")));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = e.getCause();
        if (cause instanceof RefusedInput refused) {
            String field = path(refused);
            return problem(
                    HttpStatus.BAD_REQUEST,
                    "输入有误 Invalid input",
                    "Field '" + field + "' " + refused.rule() + ".",
                    List.of(new FieldProblem(field, refused.rule())));
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String field = unknown.getPropertyName();
            return problem(
                    HttpStatus.BAD_REQUEST,
                    "输入有误 Invalid input",
                    "Unknown field '" + field + "'.",
                    List.of(new FieldProblem(field, "unknown field")));
        }
        if (cause instanceof MismatchedInputException mismatch
                && !mismatch.getPath().isEmpty()) {
            String field = path(mismatch);
            String value = cause instanceof InvalidFormatException invalid ? " '" + invalid.getValue() + "'" : "";
            return problem(
                    HttpStatus.BAD_REQUEST,
                    "输入有误 Invalid input",
                    "Field '" + field + "' has an invalid value" + value + ".",
                    List.of(new FieldProblem(field, "invalid value")));
        }
        if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            String field = path(databind);
            return problem(
                    HttpStatus.BAD_REQUEST,
                    "输入有误 Invalid input",
                    "Field '" + field + "' could not be read.",
                    List.of(new FieldProblem(field, "invalid value")));
        }
        return problem(
                HttpStatus.BAD_REQUEST,
                "请求格式错误 Malformed request",
                "The request body is not valid JSON of the expected shape.",
                List.of(new FieldProblem("body", "malformed")));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(
            HttpMediaTypeNotSupportedException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "不支持的内容类型 Unsupported media type",
                "Send application/json.",
                List.of(new FieldProblem("Content-Type", "unsupported")));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleExceptionInternal(
            Exception e, @Nullable Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail detail) {
            detail.setType(URI.create("about:blank"));
            return ResponseEntity.status(status)
                    .headers(headers)
                    .contentType(ProblemMedia.TYPE)
                    .body(detail);
        }
        return super.handleExceptionInternal(e, body, headers, status, request);
    }

    private static ResponseEntity<Object> problem(
            HttpStatus status, String title, @Nullable String detail, List<FieldProblem> fields) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setTitle(title);
        if (!fields.isEmpty()) {
            body.setProperty(
                    "errors",
                    fields.stream()
                            .map(f -> Map.of("field", f.field(), "message", f.message()))
                            .toList());
        }
        return ResponseEntity.status(status).contentType(ProblemMedia.TYPE).body(body);
    }

    private static String path(DatabindException e) {
        StringBuilder path = new StringBuilder();
        e.getPath().forEach(reference -> {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        });
        return path.isEmpty() ? "body" : path.toString();
    }

    // An input rule's refusal of a path variable or query parameter (the binder's property editors).
    private static @Nullable String ruleOf(MethodArgumentTypeMismatchException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof IllegalArgumentException
                    && cause.getMessage() != null
                    && cause.getMessage().startsWith("must ")) {
                return cause.getMessage();
            }
        }
        return null;
    }

    private static String leaf(String propertyPath) {
        int dot = propertyPath.lastIndexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }

    private static String describe(List<FieldProblem> fields) {
        StringBuilder detail = new StringBuilder("Invalid fields: ");
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                detail.append("; ");
            }
            detail.append(fields.get(i).field())
                    .append(" ")
                    .append(fields.get(i).message());
        }
        return detail.toString();
    }
}
