using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Research;

/// <summary>
/// The one HTML table of the kit, for row lists (<see cref="Table"/>) and DataFrames (<see cref="DataFrameHtml"/>) alike:
/// a row count ("1 row", "1,234 rows"); at most <see cref="DefaultMaxRows"/> rows written ("showing 200 of 1,234 rows"),
/// in a scroll box with a sticky header; text wrapped at a readable width; a long id or address (one word over
/// <see cref="LongValue"/> characters) shortened, the full value in its title; every value HTML-escaped. A small
/// inline script adds a search box and sorts by a click on a column's header, offline; with scripts stripped (GitHub,
/// nbviewer) the same table reads as a plain one. The output is a function of the table alone: the element's id is a
/// hash of its content, so a rerun leaves a committed notebook unchanged.
/// </summary>
public static class TableHtml
{
    /// <summary>Rows written into the HTML when the caller gives no limit; the rest are counted, never dumped.</summary>
    public const int DefaultMaxRows = 200;
    /// <summary>A value of one word longer than this is shortened in the cell (its whole text stays in the title).</summary>
    public const int LongValue = 32;

    /// <summary>
    /// The table as HTML: <paramref name="columns"/>' names, then <paramref name="rowCount"/> rows whose cells
    /// <paramref name="cell"/>(row, column) gives, shown as <see cref="Html.Show"/> writes values.
    /// </summary>
    public static string Render(IReadOnlyList<string> columns, long rowCount, Func<long, int, object?> cell, string? title = null, int maxRows = DefaultMaxRows)
    {
        var shown = Math.Min(rowCount, Math.Max(0, maxRows));
        var numeric = Enumerable.Range(0, columns.Count).Select(c => IsNumeric(shown, r => cell(r, c))).ToArray();
        var body = new StringBuilder();
        body.Append("<table><thead><tr>");
        for (var c = 0; c < columns.Count; c++)
            body.Append("<th>").Append(Html.Escape(columns[c])).Append("</th>");
        body.Append("</tr></thead><tbody>");
        for (long r = 0; r < shown; r++)
        {
            body.Append("<tr>");
            for (var c = 0; c < columns.Count; c++) Cell(body, Html.Show(cell(r, c)), numeric[c]);
            body.Append("</tr>");
        }
        body.Append("</tbody></table>");
        var note = shown == rowCount ? RowCount(rowCount)
            : $"showing {shown.ToString("N0", CultureInfo.InvariantCulture)} of {RowCount(rowCount)}; write the table to CSV or Parquet to see all";

        var id = "rt-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes((title ?? "") + "\n" + note + "\n" + body)))[..12];
        var s = new StringBuilder();
        s.Append("<div class=\"research-table\" id=\"").Append(id).Append("\">").Append(Style);
        if (title is not null) s.Append("<p class=\"rt-title\"><b>").Append(Html.Escape(title)).Append("</b></p>");
        s.Append("<div class=\"rt-scroll\">").Append(body).Append("</div>");
        s.Append("<p class=\"rt-note\"><i>").Append(Html.Escape(note)).Append("</i></p>");
        if (shown > 1) s.Append("<script>").Append(Script.Replace("\n", "").Replace("ID", id)).Append("</script>");
        s.Append("</div>");
        return s.ToString();
    }

    /// <summary>"0 rows", "1 row", "1,234 rows".</summary>
    public static string RowCount(long rows) => rows == 1 ? "1 row" : rows.ToString("N0", CultureInfo.InvariantCulture) + " rows";

    /// <summary>A value as the cell shows it: a long one-word value cut to its start and end ("3f2a9c01…e47b").</summary>
    public static string Shorten(string value) =>
        value.Length <= LongValue || value.Any(char.IsWhiteSpace) ? value : value[..(LongValue - 12)] + "…" + value[^8..];

    static void Cell(StringBuilder s, string value, bool numeric)
    {
        var shortened = Shorten(value);
        s.Append("<td");
        // Numbers right-aligned; (rt- prefixed: a page's code highlighting styles classes such as .n) a single word (id, date, key) kept on one line; long text given room to wrap.
        var kind = numeric ? "rt-n" : shortened.Length > 60 ? "rt-t" : shortened.Length > 0 && !shortened.Any(char.IsWhiteSpace) ? "rt-w" : null;
        if (kind is not null) s.Append(" class=\"").Append(kind).Append('"');
        if (shortened != value) s.Append(" title=\"").Append(Html.Escape(value)).Append('"');
        s.Append('>').Append(Html.Escape(shortened)).Append("</td>");
    }

    static bool IsNumeric(long rows, Func<long, object?> value)
    {
        var any = false;
        for (long r = 0; r < rows; r++)
            switch (value(r))
            {
                case null: break;
                case int or long or double or float or decimal or short or byte: any = true; break;
                default: return false;
            }
        return any;
    }

    // One style for every table of a page: the same text each time, so it never makes output differ.
    const string Style = "<style>.research-table .rt-scroll{max-height:32em;overflow:auto;border:1px solid #d0d7de}" +
        ".research-table table{border-collapse:collapse;font-size:13px}" +
        ".research-table th{position:sticky;top:0;background:#f6f8fa;text-align:left;border-bottom:1px solid #d0d7de;padding:4px 8px;white-space:nowrap}" +
        ".research-table td{vertical-align:top;padding:3px 8px;max-width:36em;overflow-wrap:break-word;white-space:normal;border-top:1px solid #eaeef2}" +
        ".research-table .rt-n{text-align:right;font-variant-numeric:tabular-nums}.research-table .rt-w{white-space:nowrap}.research-table .rt-t{min-width:18em}" +
        ".research-table .rt-note{color:#57606a;margin:4px 0}.research-table input{margin:4px 0;padding:2px 6px}</style>";

    // Search and sort, no library: finds its table from its own script element (the id if the host lacks currentScript).
    const string Script = """
        (function(){var s=document.currentScript,r=s?s.parentNode:document.getElementById("ID");if(!r||r.getAttribute("data-ready"))return;
        r.setAttribute("data-ready","1");var t=r.querySelector("table"),b=t.tBodies[0],rows=[].slice.call(b.rows),note=r.querySelector(".rt-note"),base=note.textContent;
        var text=rows.map(function(x){return [].map.call(x.cells,function(c){return c.title||c.textContent;}).join(" ").toLowerCase();});
        var q=document.createElement("input");q.type="search";q.placeholder="Search rows";q.setAttribute("aria-label","Search rows");r.insertBefore(q,r.querySelector(".rt-scroll"));
        q.oninput=function(){var v=q.value.toLowerCase(),k=0;rows.forEach(function(x,i){var m=!v||text[i].indexOf(v)>=0;x.style.display=m?"":"none";if(m)k++;});
        note.textContent=v?k+" matching of "+base:base;};
        function key(x,i){var c=x.cells[i],v=c.title||c.textContent,n=v.replace(/,/g,"");return v!==""&&!isNaN(n)?+n:v.toLowerCase();}
        [].forEach.call(t.tHead.rows[0].cells,function(h,i){h.style.cursor="pointer";h.title="Sort by "+h.textContent;h.onclick=function(){
        var d=h.getAttribute("data-sort")==="asc"?-1:1;[].forEach.call(t.tHead.rows[0].cells,function(o){o.removeAttribute("data-sort");o.textContent=o.textContent.replace(/ [▲▼]$/,"");});
        var order=rows.map(function(x,j){return j;});order.sort(function(a,c){var x=key(rows[a],i),y=key(rows[c],i),tx=typeof x,ty=typeof y;
        var o=tx!==ty?(tx==="number"?-1:1):x<y?-1:x>y?1:0;return o*d||a-c;});
        order.forEach(function(j){b.appendChild(rows[j]);});h.setAttribute("data-sort",d>0?"asc":"desc");h.textContent+=d>0?" ▲":" ▼";};});})();
        """;
}
