namespace Graph.Api.Errors;

/// <summary>The codes clients see in errors[].extensions.code.</summary>
internal static class ErrorCodes
{
    public const string NotFound = "NOT_FOUND";
    public const string InvalidValue = "INVALID_VALUE";
    public const string InvalidEdtf = "INVALID_EDTF";
    public const string InvalidDocument = "INVALID_DOCUMENT";
    public const string InvalidJson = "INVALID_JSON";
    public const string InvalidRequest = "INVALID_REQUEST";
    public const string Unauthorized = "UNAUTHORIZED";
    public const string MutationsDisabled = "MUTATIONS_DISABLED";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string NotAcceptable = "NOT_ACCEPTABLE";
    public const string PayloadTooLarge = "PAYLOAD_TOO_LARGE";
    public const string Timeout = "TIMEOUT";
    public const string Internal = "INTERNAL_SERVER_ERROR";
}
