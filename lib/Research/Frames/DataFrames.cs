using Deedle;
using Microsoft.Data.Analysis;

namespace Research;

/// <summary>
/// The one converter from the kit's records to frames: <c>DataFrames.From(corpus.Articles)</c> is a Microsoft.Data.Analysis
/// DataFrame with typed columns (the rules are <see cref="FrameColumn"/>'s), and <c>DataFrames.ToDeedle(frame)</c> the same
/// table as a Deedle frame, row keys 0, 1, 2, ... and missing values where the DataFrame has nulls.
/// </summary>
public static class DataFrames
{
    /// <summary>One column a public property of <typeparamref name="T"/> (snake_case), one row a record.</summary>
    public static DataFrame From<T>(IEnumerable<T> rows)
    {
        var list = rows.Cast<object>().ToList();
        return new DataFrame(FrameColumn.Of(typeof(T)).Select(c => c.Build(list)));
    }

    /// <summary>A Deedle frame of the same records, with the same columns and types as <see cref="From{T}"/>.</summary>
    public static Frame<int, string> ToDeedle<T>(IEnumerable<T> rows) => ToDeedle(From(rows));

    /// <summary>The DataFrame as a Deedle frame: each column a typed series (DateTime, int, double, bool, string ...).</summary>
    public static Frame<int, string> ToDeedle(DataFrame frame)
    {
        var keys = Enumerable.Range(0, checked((int)frame.Rows.Count)).ToArray();
        return new Frame<int, string>(frame.Columns.Select(c => c.Name), frame.Columns.Select(c => Series(keys, c)));
    }

    static ISeries<int> Series(int[] keys, DataFrameColumn column) => column switch
    {
        Int32DataFrameColumn c => Typed(keys, c),
        Int64DataFrameColumn c => Typed(keys, c),
        DoubleDataFrameColumn c => Typed(keys, c),
        SingleDataFrameColumn c => Typed(keys, c),
        BooleanDataFrameColumn c => Typed(keys, c),
        DateTimeDataFrameColumn c => Typed(keys, c),
        _ => new Series<int, string>(keys, Enumerable.Range(0, keys.Length).Select(i => column[i] is { } v ? Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)! : null!)),
    };

    /// <summary>A typed series whose nulls are Deedle's missing values.</summary>
    static Series<int, T> Typed<T>(int[] keys, PrimitiveDataFrameColumn<T> column) where T : unmanaged =>
        new Series<int, OptionalValue<T>>(keys, keys.Select(i => column[i] is T v ? new OptionalValue<T>(v) : OptionalValue<T>.Missing)).Flatten();
}
