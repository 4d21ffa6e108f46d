package vn.reportbot.web;

import org.springframework.http.HttpStatusCode;

/**
 * The body of every 4xx (and 5xx) answer of the API: {@code {"error": "…", "code": "…"}}. {@code error} says what was
 * wrong, for a person (the API's own checks in the words they always had; the refusals of the web layer itself, such as
 * a login, a path or a body it cannot read, in Vietnamese); {@code code} is a machine word for the kind of refusal,
 * one per status ({@link #code(int)}).
 */
record ApiError(String error, String code) {

    static ApiError of(HttpStatusCode status, String error) {
        return of(status.value(), error);
    }

    static ApiError of(int status, String error) {
        return new ApiError(error == null || error.isBlank() ? ApiRefusals.wording(status) : error, code(status));
    }

    /** The machine word of a status: {@code bad_request}, {@code unauthenticated}, {@code forbidden}, {@code not_found}… */
    static String code(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 406 -> "not_acceptable";
            case 409 -> "conflict";
            case 413 -> "too_large";
            case 415 -> "unsupported_media_type";
            case 422 -> "unprocessable";
            default -> status >= 500 ? "server_error" : "client_error";
        };
    }
}
