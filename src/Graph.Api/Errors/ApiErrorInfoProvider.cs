using Graph.Api.Ingestion;
using Graph.Core.Dates;
using Graph.Core.Schema;
using GraphQL;
using GraphQL.Execution;

namespace Graph.Api.Errors;

/// <summary>
/// Turns errors into what clients see: our own exceptions keep their message (written for users) and get a
/// code; anything unexpected becomes a generic message with the trace id, never exception text or a stack.
/// </summary>
internal sealed class ApiErrorInfoProvider() : ErrorInfoProvider(new ErrorInfoProviderOptions { ExposeExceptionDetails = false, ExposeCode = true, ExposeCodes = false, ExposeData = false })
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        if (executionError is UnhandledError unhandled)
        {
            var (code, message) = Classify(unhandled.InnerException);
            return WithCode(info, code, message);
        }
        // GraphQL.NET says that a query is too deep or too costly, but not what to do about it.
        if (executionError.Code == "COMPLEXITY")
            return WithCode(info, "COMPLEXITY", $"{info.Message} Ask for fewer items (smaller first or limit) or fewer nested lists (Graph:Limits:MaxDepth, MaxComplexity).");
        return info;
    }

    /// <summary>Known exceptions carry a user-facing message; the rest are bugs or outages and stay in the log.</summary>
    public static (string Code, string Message) Classify(Exception? e) => e switch
    {
        EdtfFormatException edtf => (ErrorCodes.InvalidEdtf, edtf.Message),
        GraphNotFoundException nf => (ErrorCodes.NotFound, nf.Kind == "entity"
            ? $"{nf.Message} Find ids with search(text: \"...\") or entities(search: \"...\"); both the id and the key field work."
            : nf.Message),
        GraphValidationException gv => (ErrorCodes.InvalidValue, gv.Message),
        Schema.InvalidValueException iv => (ErrorCodes.InvalidValue, iv.Message),
        InvalidDocumentException id => (ErrorCodes.InvalidDocument, id.Message),
        OperationCanceledException => (ErrorCodes.Timeout, "The request was cancelled before it finished; nothing was changed. Retry, or ask for less."),
        _ => (ErrorCodes.Internal, "An internal error occurred; the server log has the details under this request's trace id."),
    };

    private static ErrorInfo WithCode(ErrorInfo info, string code, string message)
    {
        var extensions = info.Extensions is null ? new Dictionary<string, object?>() : new Dictionary<string, object?>(info.Extensions);
        extensions["code"] = code;
        return new ErrorInfo { Message = message, Extensions = extensions };
    }
}
