package io.coup.videocall.adapter.in.rest.error;

import io.coup.videocall.domain.shared.DomainException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The one translation of failures into the API error body. Business errors arrive as {@link DomainException}s and
 * take the status of their code; Spring MVC's own rejections (bad JSON, bad parameters, unknown path, wrong
 * method or media type) come through {@link ResponseEntityExceptionHandler} and are reshaped in
 * {@link #handleExceptionInternal}; an unreachable database is a 503 ({@link DatabaseUnavailable}); anything else
 * is a logged 500 with a generic message.
 */
@RestControllerAdvice
public class RestExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(RestExceptionHandler.class);

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ApiError> domain(DomainException e) {
        if (DomainErrors.status(e).is5xxServerError()) {
            log.error("Request failed with {}", e.code(), e);
        }
        return respond(DomainErrors.status(e), DomainErrors.headers(e), DomainErrors.body(e));
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ApiError> unauthenticated(AuthenticationException e) {
        return respond(HttpStatus.UNAUTHORIZED, new HttpHeaders(),
                ApiError.of(ApiErrorCodes.AUTH_REQUIRED, "A valid bearer token is required."));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiError> denied(AccessDeniedException e) {
        return respond(HttpStatus.FORBIDDEN, new HttpHeaders(),
                ApiError.of(ApiErrorCodes.PERMISSION_DENIED, "You are not allowed to do this."));
    }

    /** Tomcat could not decode the parameters, or the firewall refused one: the client's fault (fuzzing found both). */
    @ExceptionHandler({InvalidParameterException.class, RequestRejectedException.class})
    ResponseEntity<ApiError> unreadableParameters(RuntimeException e) {
        return respond(HttpStatus.BAD_REQUEST, new HttpHeaders(), UnreadableRequests.body());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e) {
        if (DatabaseUnavailable.isCause(e)) {
            log.warn("Database unavailable: {}", e.toString());
            return respond(HttpStatus.SERVICE_UNAVAILABLE, DatabaseUnavailable.headers(), DatabaseUnavailable.body());
        }
        log.error("Unexpected failure", e);
        return respond(HttpStatus.INTERNAL_SERVER_ERROR, new HttpHeaders(),
                ApiError.of(ApiErrorCodes.SERVER_ERROR, ApiErrorCodes.SERVER_ERROR_MESSAGE));
    }

    /** Every MVC exception handled by the base class ends here: same status and headers, our body. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        if (request instanceof ServletWebRequest servlet && servlet.getResponse() != null
                && servlet.getResponse().isCommitted()) {
            return null;
        }
        HttpStatusCode status = statusCode;
        ApiError error;
        if (ex instanceof HttpMessageNotReadableException unreadable && RequestBodyTooLargeException.isCause(unreadable)) {
            status = HttpStatus.PAYLOAD_TOO_LARGE;
            error = ApiError.of(ApiErrorCodes.PAYLOAD_TOO_LARGE, ApiErrorCodes.messageOf(status));
        } else if (ex instanceof HttpMessageNotReadableException unreadable) {
            error = unreadable(unreadable);
        } else if (ex instanceof MethodArgumentNotValidException invalid) {
            error = ApiError.invalidFields("The request has invalid fields.", fields(invalid.getBindingResult()));
        } else if (ex instanceof HandlerMethodValidationException invalid) {
            error = ApiError.invalidFields("The request has invalid fields.", fields(invalid));
        } else if (ex instanceof TypeMismatchException mismatch) {
            String name = mismatch instanceof MethodArgumentTypeMismatchException m ? m.getName() : mismatch.getPropertyName();
            error = ApiError.invalidFields("Parameter '" + name + "' has the wrong type.",
                    Map.of(String.valueOf(name), "must be a valid " + typeName(mismatch.getRequiredType())));
        } else if (ex instanceof MissingServletRequestParameterException missing) {
            error = ApiError.invalidFields("Parameter '" + missing.getParameterName() + "' is required.",
                    Map.of(missing.getParameterName(), "is required"));
        } else if (ex instanceof MissingPathVariableException missing && status.is4xxClientError()) {
            error = ApiError.invalidFields("Path variable '" + missing.getVariableName() + "' is required.",
                    Map.of(missing.getVariableName(), "is required"));
        } else if (ex instanceof NoResourceFoundException || ex instanceof NoHandlerFoundException) {
            error = ApiError.of(ApiErrorCodes.NOT_FOUND, "No endpoint " + describe(request) + ".");
        } else if (ex instanceof HttpRequestMethodNotSupportedException unsupported) {
            error = ApiError.of(ApiErrorCodes.METHOD_NOT_ALLOWED,
                    "Method " + unsupported.getMethod() + " is not supported here.");
        } else if (ex instanceof HttpMediaTypeNotSupportedException unsupported) {
            error = ApiError.of(ApiErrorCodes.UNSUPPORTED_MEDIA_TYPE, "Content type "
                    + Optional.ofNullable(unsupported.getContentType()).map(MediaType::toString).orElse("(none)")
                    + " is not supported; send application/json.");
        } else if (ex instanceof HttpMediaTypeNotAcceptableException) {
            error = ApiError.of(ApiErrorCodes.NOT_ACCEPTABLE, ApiErrorCodes.messageOf(status));
        } else {
            if (status.is5xxServerError()) {
                log.error("Request failed", ex);
            }
            error = ApiError.of(ApiErrorCodes.codeOf(status), ApiErrorCodes.messageOf(status));
        }
        HttpHeaders responseHeaders = new HttpHeaders();
        if (headers != null) {
            responseHeaders.putAll(headers);
        }
        return ResponseEntity.status(status).headers(responseHeaders)
                .contentType(MediaType.APPLICATION_JSON).body(error);
    }

    /** The content type is fixed so that the error body is written whatever the client accepts. */
    private static ResponseEntity<ApiError> respond(HttpStatusCode status, HttpHeaders headers, ApiError body) {
        return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_JSON).body(body);
    }

    private static ApiError unreadable(HttpMessageNotReadableException ex) {
        JacksonException jackson = findCause(ex, JacksonException.class);
        if (jackson == null) {
            return ApiError.invalidFields("The request body is missing or unreadable.", Map.of("body", "is required"));
        }
        if (jackson instanceof StreamReadException && !(jackson instanceof MismatchedInputException)) {
            return ApiError.invalidFields("The request body is not valid JSON.", Map.of("body", "is not valid JSON"));
        }
        String path = jsonPath(jackson);
        if (path.isEmpty()) {
            return ApiError.invalidFields("The request body has the wrong shape.", Map.of("body", "must be a JSON object"));
        }
        return ApiError.invalidFields("The request has invalid fields.", Map.of(path, "has the wrong type or format"));
    }

    private static String jsonPath(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static Map<String, String> fields(BindingResult result) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (FieldError error : result.getFieldErrors()) {
            fields.merge(error.getField(), message(error), RestExceptionHandler::join);
        }
        for (ObjectError error : result.getGlobalErrors()) {
            fields.merge(error.getObjectName(), message(error), RestExceptionHandler::join);
        }
        return fields;
    }

    private static Map<String, String> fields(HandlerMethodValidationException ex) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (ParameterValidationResult result : ex.getParameterValidationResults()) {
            if (result instanceof ParameterErrors errors) {
                for (FieldError error : errors.getFieldErrors()) {
                    fields.merge(error.getField(), message(error), RestExceptionHandler::join);
                }
                for (ObjectError error : errors.getGlobalErrors()) {
                    fields.merge(parameterName(result.getMethodParameter()), message(error), RestExceptionHandler::join);
                }
            } else {
                String name = parameterName(result.getMethodParameter());
                for (MessageSourceResolvable error : result.getResolvableErrors()) {
                    fields.merge(name, message(error), RestExceptionHandler::join);
                }
            }
        }
        if (fields.isEmpty()) {
            fields.put("request", "is invalid");
        }
        return fields;
    }

    /** The name the client used: the query parameter, path variable or header name, else the Java name. */
    private static String parameterName(MethodParameter parameter) {
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        if (param != null && !param.name().isEmpty()) {
            return param.name();
        }
        PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
        if (path != null && !path.name().isEmpty()) {
            return path.name();
        }
        RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
        if (header != null && !header.name().isEmpty()) {
            return header.name();
        }
        String name = parameter.getParameterName();
        return name != null ? name : "arg" + parameter.getParameterIndex();
    }

    private static String message(MessageSourceResolvable error) {
        return error.getDefaultMessage() != null ? error.getDefaultMessage() : "is invalid";
    }

    private static String join(String a, String b) {
        return a.equals(b) ? a : a + "; " + b;
    }

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "integer";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        return type.getSimpleName();
    }

    private static String describe(WebRequest request) {
        if (request instanceof ServletWebRequest servlet) {
            return servlet.getRequest().getMethod() + " " + servlet.getRequest().getRequestURI();
        }
        return request.getDescription(false);
    }

    private static <T extends Throwable> T findCause(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
