package vn.reportbot.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

import tools.jackson.databind.json.JsonMapper;

/**
 * The API's refusals that no controller words: a login missing or wrong, a role that may not, a path the API does not
 * have, a method the path does not take. They are answered with an {@link ApiError} in Vietnamese, as every other
 * refusal of the API; the pages keep Spring Boot's error attributes (their error page reads them).
 */
final class ApiRefusals extends DefaultErrorAttributes {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The words of a refusal of that status, for one that has none of its own. */
    static String wording(int status) {
        return switch (status) {
            case 400 -> "Yêu cầu không hợp lệ";
            case 401 -> "Cần đăng nhập để dùng API (HTTP Basic)";
            case 403 -> "Tài khoản này không có quyền thực hiện yêu cầu";
            case 404 -> "Không tìm thấy";
            case 405 -> "Địa chỉ này không nhận phương thức này";
            case 413 -> "Nội dung gửi lên quá lớn";
            case 415 -> "Kiểu nội dung gửi lên không được hỗ trợ";
            default -> status >= 500 ? "Lỗi của máy chủ (mã " + status + "): yêu cầu chưa được thực hiện, hãy thử lại sau"
                    : "Yêu cầu bị từ chối (mã " + status + ")";
        };
    }

    static void write(HttpServletResponse response, int status, String error) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(ApiError.of(status, error)));
    }

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI, RequestAttributes.SCOPE_REQUEST);
        if (!(uri instanceof String path) || !path.startsWith("/api/")) {
            return super.getErrorAttributes(request, options);
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE, RequestAttributes.SCOPE_REQUEST);
        int status = code instanceof Integer i ? i : 500;
        Throwable cause = getError(request);
        String error;
        if (cause instanceof HttpRequestMethodNotSupportedException e) {
            error = "Địa chỉ " + path + " không nhận phương thức " + e.getMethod()
                    + (e.getSupportedMethods() == null ? "" : "; nhận " + String.join(", ", e.getSupportedMethods()));
        } else if (cause instanceof HttpMediaTypeNotSupportedException e) {
            error = "Kiểu nội dung " + e.getContentType() + " không được hỗ trợ ở địa chỉ " + path
                    + (e.getSupportedMediaTypes().isEmpty() ? "" : "; hãy gửi " + e.getSupportedMediaTypes().stream()
                            .map(Object::toString).distinct().collect(Collectors.joining(", ")));
        } else if (status == 403) {
            error = "Tài khoản này không có quyền dùng " + path;
        } else if (status == 404) {
            error = "API không có địa chỉ " + path;
        } else {
            error = wording(status);
        }
        ApiError body = ApiError.of(status, error);
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("error", body.error());
        attributes.put("code", body.code());
        return attributes;
    }
}
