using Graph.Core.Identity;
using Graph.Core.Model;
using Graph.Store.Tests.Conformance;

namespace Graph.Store.Neo4j.Tests.Contract;

/// <summary>Hand-made inputs and the maps Neo4j returns for them, shared by the golden and parsing tests.</summary>
internal static class Samples
{
    public const string Text = "Marta Harnecker advised the Chávez administration. Harnecker was born in Chile.";
    public static readonly string Marta = GraphIds.Entity("Person", "Marta Harnecker");
    public static readonly string Admin = GraphIds.Entity("Organization", "Chávez administration");
    public static readonly string Chile = GraphIds.Entity("Place", "Chile");

    public static DocumentGraph Doc(string text = Text)
    {
        var b = new DocBuilder("doc-harnecker", text) { Date = Graph.Core.Dates.EdtfDate.Parse("2005-07") };
        var marta = b.Entity("Person", "Marta Harnecker", "Chilean Marxist writer", "Harnecker");
        var admin = b.Entity("Organization", "Chávez administration");
        var chile = b.Entity("Place", "Chile");
        b.Relate("ADVISED", marta, admin, 0.8, date: "2004");
        b.Relate("FROM", marta, chile, 0.7);
        return b.Build();
    }

    public static Dictionary<string, object?> EntityMap(string id, string type, string name, params string[] aliases) => new()
    {
        ["id"] = id, ["type"] = type, ["name"] = name, ["aliases"] = aliases.Prepend(name).ToArray(),
        ["description"] = null, ["externalId"] = null, ["eventType"] = null, ["date"] = null,
    };

    public static Dictionary<string, object?> RelationMap(string id, string type, string subject, string obj, double confidence = 0.8,
        string provenance = "Extracted", string status = "Unreviewed") => new()
    {
        ["id"] = id, ["type"] = type, ["subjectId"] = subject, ["objectId"] = obj, ["role"] = null, ["date"] = "2004",
        ["confidence"] = confidence, ["evidenceCount"] = 1, ["provenance"] = provenance, ["status"] = status, ["statusNote"] = null,
    };
}
