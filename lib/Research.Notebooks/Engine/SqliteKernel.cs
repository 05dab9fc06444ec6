using System.Data.Common;
using Microsoft.Data.Analysis;
using Microsoft.Data.Sqlite;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Directives;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;
using Microsoft.DotNet.Interactive.ValueSharing;

namespace Research.Notebooks.Engine;

/// <summary>
/// SQL cells over one SQLite database. Each statement's rows are shown as a table and kept as a DataFrame: the last
/// one under the name `result`, and under the cell's `--name` when given (`#!sql-corpus --name outlets`), so a C#
/// cell takes it with `#!share --from sql-corpus outlets`.
/// </summary>
public sealed class SqliteKernel : Kernel,
    IKernelCommandHandler<SubmitCode>,
    IKernelCommandHandler<RequestValue>,
    IKernelCommandHandler<RequestValueInfos>
{
    readonly string connectionString;
    readonly Dictionary<string, DataFrame> results = new(StringComparer.Ordinal);

    public SqliteKernel(string name, string connectionString) : base(name)
    {
        this.connectionString = connectionString;
        KernelInfo.LanguageName = "SQLite";
        KernelInfo.Description = "SQL over a SQLite database";
    }

    public override KernelSpecifierDirective KernelSpecifierDirective
    {
        get
        {
            var directive = base.KernelSpecifierDirective;
            directive.Parameters.Add(new("--name", "Keep the rows as a DataFrame under this name, for #!share"));
            return directive;
        }
    }

    async Task IKernelCommandHandler<SubmitCode>.HandleAsync(SubmitCode submit, KernelInvocationContext context)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(context.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = submit.Code;
        await using var reader = await command.ExecuteReaderAsync(context.CancellationToken);
        DataFrame? last = null;
        do
        {
            if (reader.FieldCount == 0) continue;
            last = Read(reader);
            context.Display(last);
        } while (await reader.NextResultAsync(context.CancellationToken));
        if (last is null) return;
        results["result"] = last;
        if (submit.Parameters.TryGetValue("--name", out var name) && !string.IsNullOrWhiteSpace(name)) results[name] = last;
    }

    /// <summary>One result set as a DataFrame with a column per field (SQLite's types are per value, so columns are typed by their declared type).</summary>
    static DataFrame Read(DbDataReader reader)
    {
        var columns = new List<DataFrameColumn>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < reader.FieldCount; i++)
        {
            var name = reader.GetName(i);
            for (var n = 2; !names.Add(name); n++) name = $"{reader.GetName(i)} ({n})";
            columns.Add(ColumnFor(reader.GetFieldType(i), name));
        }
        while (reader.Read())
            for (var i = 0; i < reader.FieldCount; i++)
                Append(columns[i], reader.IsDBNull(i) ? null : reader.GetValue(i));
        return new DataFrame(columns);
    }

    static DataFrameColumn ColumnFor(Type type, string name) => type switch
    {
        _ when type == typeof(long) => new Int64DataFrameColumn(name),
        _ when type == typeof(double) => new DoubleDataFrameColumn(name),
        _ => new StringDataFrameColumn(name),
    };

    static void Append(DataFrameColumn column, object? value)
    {
        switch (column)
        {
            case Int64DataFrameColumn longs: longs.Append(value is null ? null : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)); break;
            case DoubleDataFrameColumn doubles: doubles.Append(value is null ? null : Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture)); break;
            case StringDataFrameColumn strings: strings.Append(value is null ? null : value is byte[] bytes ? $"({bytes.Length} bytes)" : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)); break;
        }
    }

    Task IKernelCommandHandler<RequestValue>.HandleAsync(RequestValue request, KernelInvocationContext context)
    {
        if (results.TryGetValue(request.Name, out var frame))
            context.Publish(new ValueProduced(frame, request.Name, new FormattedValue(request.MimeType, frame.ToDisplayString(request.MimeType)), request));
        else
            context.Fail(request, message: $"{Name} has no result named '{request.Name}'; name one with `#!{Name} --name {request.Name}` (it has: {string.Join(", ", results.Keys.DefaultIfEmpty("none yet"))}).");
        return Task.CompletedTask;
    }

    Task IKernelCommandHandler<RequestValueInfos>.HandleAsync(RequestValueInfos request, KernelInvocationContext context)
    {
        var infos = results.Select(r => new KernelValueInfo(r.Key, FormattedValue.CreateSingleFromObject(r.Value, request.MimeType), typeof(DataFrame))).ToArray();
        context.Publish(new ValueInfosProduced(infos, request));
        return Task.CompletedTask;
    }
}
