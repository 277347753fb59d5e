using Graph.Core.Dates;

namespace Graph.Extraction.Temporal;

/// <summary>
/// One time expression found in a text: its character span (end exclusive), the covered text and its EDTF value.
/// <see cref="Relative"/> is true when the value came from the document date or from an earlier date in the
/// narrative rather than from the words alone ("two years later", "last year", "on June 28").
/// </summary>
public sealed record TimeExpression(int Start, int End, string Text, EdtfDate Value, bool Relative);
