namespace Graph.Api.Http;

/// <summary>
/// GraphiQL for browsers, from the UMD builds vendored in wwwroot/graphiql (npm run vendor): no CDN, no Node needed.
/// </summary>
internal static class GraphiQLPage
{
    public static IResult Render(string endpoint) => Results.Content($$"""
        <!doctype html>
        <html lang="en">
        <head>
          <meta charset="utf-8" />
          <title>Graph API · GraphiQL</title>
          <link rel="stylesheet" href="/graphiql/graphiql.min.css" />
          <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
        </head>
        <body>
          <div id="graphiql">Loading GraphiQL…</div>
          <script src="/graphiql/react.production.min.js"></script>
          <script src="/graphiql/react-dom.production.min.js"></script>
          <script src="/graphiql/graphiql.min.js"></script>
          <script>
            const fetcher = GraphiQL.createFetcher({ url: '{{endpoint}}' });
            const defaultQuery = `# Try: the timeline of Hugo Chávez, the network around Marta Harnecker.
        {
          entities(search: "Hugo Ch", first: 3) { nodes { key name type } }
        }
        `;
            ReactDOM.createRoot(document.getElementById('graphiql'))
              .render(React.createElement(GraphiQL, { fetcher, defaultQuery }));
          </script>
        </body>
        </html>
        """, "text/html; charset=utf-8");
}
