using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Connection;
using Microsoft.DotNet.Interactive.Directives;

namespace Research.Notebooks.Engine;

/// <summary>
/// `#!connect sqlite --kernel-name corpus "Data Source=corpus.db"`: adds a SQL kernel named `sql-corpus` over that
/// database, as Polyglot Notebooks does, so that later cells start with `#!sql-corpus`.
/// </summary>
public sealed class ConnectSqliteDirective : ConnectKernelDirective<ConnectSqlite>
{
    public ConnectSqliteDirective() : base("sqlite", "Connects a SQLite database (such as the one `research db` or CorpusDatabase.Write makes) as a SQL kernel")
    {
        Parameters.Add(ConnectionString);
    }

    public KernelDirectiveParameter ConnectionString { get; } = new("--connection-string", "A SQLite connection string, e.g. \"Data Source=corpus.db;Mode=ReadOnly\"")
    {
        AllowImplicitName = true,
        Required = true,
    };

    public override Task<IEnumerable<Kernel>> ConnectKernelsAsync(ConnectSqlite connect, KernelInvocationContext context) =>
        Task.FromResult<IEnumerable<Kernel>>([new SqliteKernel($"sql-{connect.ConnectedKernelName}", connect.ConnectionString)]);
}

/// <summary>The command `#!connect sqlite` parses into.</summary>
public sealed class ConnectSqlite(string connectedKernelName) : ConnectKernelCommand(connectedKernelName)
{
    public string ConnectionString { get; set; } = "";
}
