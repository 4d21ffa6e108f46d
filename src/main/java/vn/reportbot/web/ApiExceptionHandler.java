package vn.reportbot.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.reportbot.dispatch.DuplicateDispatchException;
import vn.reportbot.dispatch.UnknownOfficeException;
import vn.reportbot.dispatchtext.DispatchParseException;
import vn.reportbot.documents.UnreadableDocumentException;

/** Turns the domain's refusals into the API's status codes with a readable {@code error}. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiExceptionHandler {

    @ExceptionHandler(DispatchParseException.class)
    ResponseEntity<ApiError> unparseable(DispatchParseException e) {
        return refuse(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
    }

    @ExceptionHandler(UnreadableDocumentException.class)
    ResponseEntity<ApiError> unreadable(UnreadableDocumentException e) {
        return refuse(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
    }

    @ExceptionHandler(UnknownOfficeException.class)
    ResponseEntity<ApiError> unknownOffice(UnknownOfficeException e) {
        return refuse(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
    }

    @ExceptionHandler(DuplicateDispatchException.class)
    ResponseEntity<ApiError> duplicate(DuplicateDispatchException e) {
        return refuse(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(TextTooLargeException.class)
    ResponseEntity<ApiError> tooLarge(TextTooLargeException e) {
        return refuse(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
    }

    @ExceptionHandler(org.springframework.web.server.ResponseStatusException.class)
    ResponseEntity<ApiError> refused(org.springframework.web.server.ResponseStatusException e) {
        return refuse(e.getStatusCode(), e.getReason());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ApiError> badRequest(IllegalArgumentException e) {
        return refuse(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadableBody(HttpMessageNotReadableException e) {
        return ResponseEntity.badRequest().body(ApiError.of(HttpStatus.BAD_REQUEST,
                "Nội dung gửi lên không đọc được như JSON" + (e.getMostSpecificCause() == e ? ""
                        : ": " + firstLine(e.getMostSpecificCause().getMessage()))));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> wrongType(MethodArgumentTypeMismatchException e) {
        String wanted = e.getRequiredType() == null ? "" : switch (e.getRequiredType().getSimpleName()) {
            case "Integer", "int", "Long", "long" -> ": phải là một số nguyên";
            case "LocalDate" -> ": phải là một ngày dạng 2021-10-20";
            default -> "";
        };
        return ResponseEntity.badRequest().body(ApiError.of(HttpStatus.BAD_REQUEST,
                "Giá trị \"" + e.getValue() + "\" của tham số '" + e.getName() + "' không hợp lệ" + wanted));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException e) {
        return ResponseEntity.badRequest().body(ApiError.of(HttpStatus.BAD_REQUEST,
                "Thiếu tham số '" + e.getParameterName() + "'"));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> unsupportedType(HttpMediaTypeNotSupportedException e) {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(ApiError.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "Kiểu nội dung " + e.getContentType() + " không được hỗ trợ ở địa chỉ này; hãy gửi "
                        + e.getSupportedMediaTypes().stream().map(Object::toString).distinct()
                                .collect(java.util.stream.Collectors.joining(", "))));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> uploadTooLarge(MaxUploadSizeExceededException e) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(ApiError.of(HttpStatus.CONTENT_TOO_LARGE,
                "Tệp gửi lên quá lớn"));
    }

    private static ResponseEntity<ApiError> refuse(org.springframework.http.HttpStatusCode status, String error) {
        return ResponseEntity.status(status).body(ApiError.of(status, error));
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
