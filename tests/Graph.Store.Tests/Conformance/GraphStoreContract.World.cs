using Graph.Core.Model;

namespace Graph.Store.Tests.Conformance;

public abstract partial class GraphStoreContract
{
    /// <summary>
    /// A small connected world for traversals: people, organizations, nested places (Ciudad Guayana in
    /// Bolívar in Venezuela) and five events, one undated.
    /// </summary>
    protected sealed class World
    {
        public const string Text =
            "Hugo Chávez survived the 2002 coup in Venezuela. Marta Harnecker advised Hugo Chávez. " +
            "Trino Silva led Alcasa during the Alcasa strike in Ciudad Guayana. Alcasa belongs to CVG. " +
            "Ciudad Guayana lies in Bolívar, a state of Venezuela. CVG drove the SIDOR privatization in Bolívar. " +
            "The Chilean coup shook Chile. Harnecker joined the founding of the forum.";

        public World()
        {
            var b = new DocBuilder("doc-world", Text);
            string Id(EntityRecord e) => e.Id;
            var chavez = b.Entity("Person", "Hugo Chávez");
            var harnecker = b.Entity("Person", "Marta Harnecker", null, "Harnecker");
            var trino = b.Entity("Person", "Trino Silva");
            var alcasa = b.Entity("Organization", "Alcasa");
            var cvg = b.Entity("Organization", "CVG");
            var venezuela = b.Entity("Place", "Venezuela");
            var bolivar = b.Entity("Place", "Bolívar");
            var guayana = b.Entity("Place", "Ciudad Guayana");
            var chile = b.Entity("Place", "Chile");
            var coup = b.Event("2002 coup", "Coup", "2002-04-11");
            var strike = b.Event("Alcasa strike", "Strike", "2005-03");
            var privatization = b.Event("SIDOR privatization", "Privatization", "1997");
            var chileanCoup = b.Event("Chilean coup", "Coup", "1973-09-11");
            var founding = b.Event("founding of the forum", "Founding");
            var o = global::Graph.Core.Schema.Ontology.Default;
            b.Relate(o.ParticipationRelation, chavez, coup, 0.9, role: "target");
            b.Relate(o.EventPlaceRelation, coup, venezuela, 0.9);
            b.Relate("ADVISED", harnecker, chavez, 0.6, date: "2004");
            b.Relate("LEADS", trino, alcasa, 0.7, role: "secretary general", date: "2004/2006");
            b.Relate(o.ParticipationRelation, trino, strike, 0.8, role: "leader");
            b.Relate(o.ParticipationRelation, alcasa, strike, 0.8);
            b.Relate(o.EventPlaceRelation, strike, guayana, 0.8);
            b.Relate("PART_OF", alcasa, cvg, 0.9);
            b.Relate(o.ContainmentRelation, alcasa, guayana, 0.5);
            b.Relate(o.ContainmentRelation, guayana, bolivar, 0.9);
            b.Relate(o.ContainmentRelation, bolivar, venezuela, 0.9);
            b.Relate(o.ParticipationRelation, cvg, privatization, 0.7);
            b.Relate(o.EventPlaceRelation, privatization, bolivar, 0.7);
            b.Relate(o.EventPlaceRelation, chileanCoup, chile, 0.9);
            b.Relate(o.ParticipationRelation, harnecker, founding, 0.6);
            Graph = b.Build();
            (Chavez, Harnecker, Trino, Alcasa, Cvg) = (Id(chavez), Id(harnecker), Id(trino), Id(alcasa), Id(cvg));
            (Venezuela, Bolivar, Guayana, Chile) = (Id(venezuela), Id(bolivar), Id(guayana), Id(chile));
            (Coup, Strike, Privatization, ChileanCoup, Founding) = (Id(coup), Id(strike), Id(privatization), Id(chileanCoup), Id(founding));
        }

        public DocumentGraph Graph { get; }
        public string Chavez { get; }
        public string Harnecker { get; }
        public string Trino { get; }
        public string Alcasa { get; }
        public string Cvg { get; }
        public string Venezuela { get; }
        public string Bolivar { get; }
        public string Guayana { get; }
        public string Chile { get; }
        public string Coup { get; }
        public string Strike { get; }
        public string Privatization { get; }
        public string ChileanCoup { get; }
        public string Founding { get; }
    }

    protected async Task<World> ApplyWorldAsync()
    {
        var world = new World();
        await Store.ApplyDocumentAsync(world.Graph);
        return world;
    }
}
