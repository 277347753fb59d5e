using Graph.Extraction.Pipeline;
using Graph.Extraction.Temporal;

namespace Graph.Extraction.Text;

/// <summary>Runs the temporal tagger over the whole text and files each date under its sentence.</summary>
internal sealed class DateTagger(TemporalTagger tagger) : IComponent
{
    public string Name => "dates";
    public IReadOnlyList<string> Assigns => ["Dates"];

    public void Process(AnalyzedDocument doc)
    {
        IReadOnlyList<TimeExpression> found;
        try
        {
            found = tagger.Tag(doc.Text, doc.Source.Date);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A tagger fault must not cost the document its entities; the dates are simply missing.
            return;
        }
        foreach (var x in found)
        {
            if (x.Start < 0 || x.End > doc.Text.Length || x.Start >= x.End) continue;
            var sentence = SentenceAt(doc, x.Start);
            if (sentence >= 0) doc.Dates.Add(new DateSpan(x.Start, x.End, sentence, x.Value, x.Relative));
        }
        doc.Dates.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    internal static int SentenceAt(AnalyzedDocument doc, int offset)
    {
        int lo = 0, hi = doc.Sentences.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (doc.Sentences[mid].Start <= offset) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found;
    }
}
